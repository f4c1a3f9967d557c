"""Helpers for reading a wirelens output: find its current tables, open them with PySpark or
pandas, cut spans at the job's UTF-16 offsets, and find the text two documents share.

A wirelens output keeps each run's tables in runs/<run_id>/<table>/ and publishes a run by
writing _wirelens/versions/v<N>.json; the highest N names the current run. So:

    import wirelens_tables as wl
    entities = wl.read_pandas("out/seeds", "entities")            # pandas
    spark = wl.open_output("out/seeds")                            # PySpark, every table a view

open_output registers each table as a Spark SQL view of the same name (documents, mentions,
cooccurrence, ...), so cells can use spark.table("entities") or plain SQL.
"""
import json
import os
import re
from pathlib import Path

TABLES = [
    "documents", "removed_lines", "rejects", "sentences", "tokens", "mentions", "entities",
    "cooccurrence", "cooccurrence_by_source", "doc_overlap", "reuse_passages", "reuse_clusters",
    "source_overlap", "quotes", "quote_matches", "quote_speakers_by_source", "stories",
    "story_members", "story_pairs", "story_sources", "story_cooccurrence", "story_source_overlap",
    "run_info",
]


def current_version(output):
    """The current version of a wirelens output: its _wirelens/versions file with the highest
    number that can be read, as a dict (version, run_id, published_at, batches). Local paths only;
    on HDFS or an object store read the same files with that store's client."""
    versions = sorted((Path(output) / "_wirelens" / "versions").glob("v*.json"), reverse=True)
    for v in versions:
        try:
            version = json.loads(v.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # a file a crashed run left unfinished is no version
        if version.get("run_id"):
            return version
    raise SystemExit(f"{output} has no published wirelens version: run the job first")


def table_path(output, name):
    """The folder of table `name` in the output's current version."""
    return Path(output) / "runs" / current_version(output)["run_id"] / name


def read_pandas(output, name, run_id=None, **kwargs):
    """Table `name` of the output's current version as a pandas DataFrame. Pass the run_id of
    current_version(output) to read several tables of one version while a later run may publish."""
    import pandas as pd
    run = run_id or current_version(output)["run_id"]
    return pd.read_parquet(Path(output) / "runs" / run / name, **kwargs)


def span(text, begin, end):
    """text[begin:end] at the job's offsets, which count UTF-16 code units (as Java and Spark NLP
    do). Python's str indexes code points, so plain slicing is off by one for each emoji or other
    character beyond U+FFFF before the span."""
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return text[begin:end]
    units = text.encode("utf-16-le")
    return units[2 * begin:2 * end].decode("utf-16-le")


def open_output(output, master="local[2]"):
    """A SparkSession with every table of the output's current version registered as a view."""
    from pyspark.sql import SparkSession
    run = current_version(output)["run_id"]
    spark = (SparkSession.builder.master(os.environ.get("WIRELENS_NOTEBOOK_MASTER", master))
             .appName("wirelens-notebook")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("WARN")
    for t in TABLES:
        path = Path(output) / "runs" / run / t
        if path.exists():
            spark.read.parquet(str(path)).createOrReplaceTempView(t)
    return spark


WORD = re.compile(r"\w+", re.UNICODE)


def _words(text):
    """Words with their offsets; quotes, dashes and case do not count, as in the job's shingles."""
    return [(m.group(0).casefold(), m.start(), m.end()) for m in WORD.finditer(text)]


def shared_passages(text_a, text_b, k=5, min_words=8):
    """Passages of text_a whose word k-grams all occur in text_b, longest first.

    Consecutive shared k-grams are merged into one passage, so a quote copied whole comes out as
    one string, written as text_a writes it."""
    wa, wb = _words(text_a), _words(text_b)
    grams_b = {tuple(w for w, _, _ in wb[i:i + k]) for i in range(len(wb) - k + 1)}
    hit = [tuple(w for w, _, _ in wa[i:i + k]) in grams_b for i in range(len(wa) - k + 1)]
    passages, i = [], 0
    while i < len(hit):
        if not hit[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(hit) and hit[j + 1]:
            j += 1
        first, last = i, j + k - 1
        if last - first + 1 >= min_words:
            passages.append(text_a[wa[first][1]:wa[last][2]])
        i = j + 1
    return sorted(passages, key=len, reverse=True)
