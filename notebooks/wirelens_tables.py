"""Helpers the notebooks share: open a wirelens output with PySpark, and find the text two
documents share.

Each table of the output becomes a Spark SQL view of the same name (documents, mentions,
cooccurrence, ...), so cells can use spark.table("entities") or plain SQL.
"""
import os
import re
from pathlib import Path

from pyspark.sql import SparkSession

TABLES = [
    "documents", "removed_lines", "rejects", "sentences", "tokens", "mentions", "entities",
    "cooccurrence", "cooccurrence_by_source", "doc_overlap", "source_overlap", "quotes",
    "quote_matches", "quote_speakers_by_source", "run_info",
]


def open_output(output, master="local[2]"):
    """A SparkSession with every table of a complete wirelens output registered as a view."""
    out = Path(output)
    if not (out / "_SUCCESS").exists():
        raise SystemExit(f"{out} is not a complete wirelens output (no _SUCCESS): run the job first")
    spark = (SparkSession.builder.master(os.environ.get("WIRELENS_NOTEBOOK_MASTER", master))
             .appName("wirelens-notebook")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    spark.sparkContext.setLogLevel("WARN")
    for t in TABLES:
        spark.read.parquet(str(out / t)).createOrReplaceTempView(t)
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
