#!/usr/bin/env python3
# ---- README section, the same in make_corpus.py, reuse_eval.py and passim_compare.py (reuse_bench_test.py checks) ----
# ### Text reuse: planted passages and how they are scored
#
# `jobs/make_corpus.py` plants text reuse in the generated corpus and lists every planted passage
# beside it; `jobs/reuse_eval.py` scores the job's `reuse_passages` and `reuse_clusters` (and
# passim's alignments) against that list; `jobs/passim_compare.py` runs wirelens and passim 2.0.1
# on the same corpus, times both and scores both.
#
# **Offsets.** Every span is in UTF-16 code units into `documents.text`, end exclusive. The
# generator writes text the job's cleaning leaves as it is (stripped lines, paragraphs joined by
# one blank line, NFC, only characters of the Basic Multilingual Plane, so passim's code-point
# offsets are the same numbers), runs every article through an emulation of that cleaning and
# stops if the stored text would differ; the scorer checks `documents.text[begin:end]` against
# each planted text again before it scores anything.
#
# **Planted.**
# - *Copies.* 20% of the articles (`--reuse`) copy from one of the 500 previous articles of
#   another outlet, and a quarter of those copy a second time. Each copied paragraph (or sentence)
#   is one copy event with its span in both documents. Kinds of copy action, with their shares and
#   `edits` tags:
#   - unedited, 1-3 paragraphs (20%, `none`);
#   - word edits: substitutions, insertions, deletions at 2-5% of the words of 1-3 paragraphs
#     (20%, `subst=N,ins=N,del=N`);
#   - trimmed: the first or last sentence of 1-2 paragraphs dropped (10%, `trim=first|last`; the
#     source span is the part copied);
#   - reordered: 2-3 consecutive paragraphs set apart in another order, each its own passage
#     (10%, `reorder`);
#   - quote style: straight quotes and apostrophes made curly, or curly made straight (10%,
#     `quotes=curly|straight`);
#   - line breaks: paragraphs re-wrapped with single newlines at 60-75 characters (10%, `rewrap=W`);
#   - hyphenation: "cease-fire" → "ceasefire" (`hyphen=join`), "takeover" → "take-over"
#     (`hyphen=split`), or a word split over a line break, "negoti-\nations" (`hyphen=break`) (10%);
#   - short: one 15-25-word sentence, a quote when the source has one, set inside a paragraph of
#     the copying article (10%, `short`; half of those with quotes change their style).
#
#   Trimmed, reordered, quote, line-break and hyphenation copies get word edits on top 3 times in
#   10 (short ones 15%). A copy of a copy belongs to the group of the original.
# - *Syndication.* One story of 3-6 paragraphs is copied into 3.2% of the corpus (at least
#   min(150, docs/8), at most 1,000: 320 copies at 10k, 1,000 at 100k), and 4-6 stories into 20-100
#   outlets each (fewer in small corpora; at most a third of a corpus is syndicated). Each copy
#   runs in an outlet of its own (generated minor outlets such as "Ashford Gazette"; a tenth of them,
#   at most 33, main outlets), 30 minutes to 4 days after the origin. Edits are light: word edits at 0.5-2% (half
#   the copies), quote style (a quarter), last paragraph dropped (15%, `trim=last_paragraph`),
#   re-wrapped (10%), hyphenation (5%). A quarter put a paragraph of their own before the story; one
#   in five copies an earlier copy, not the origin. The story in one document is one passage.
# - *Boilerplate.* Each of the 36 main outlets has a sign-off paragraph of its own (credits, where
#   to follow it), built from slots (the outlet, people, towns) at most three fixed words apart, so
#   two outlets share a run of words only by chance; no line rule removes it. It ends 60% of the
#   outlet's articles (`--signoff`).
# - *Dates.* `published` is an ISO date-time, a date for 30% of the articles, absent for 1.5%.
#   Copies are later than their sources; two dates without times on the same day are a tie.
#
# **Files** beside the corpus `C`: `C.passages.tsv`, one row per occurrence of a planted group
# (`group_id, kind, role, doc_id, source, published, begin, end, edits, text`; kind `copy`,
# `syndication` or `boilerplate`; role `origin`, `copy`, `carried` (another group's text inside a
# copied paragraph) or `repeat` (boilerplate)); `C.copies.tsv`, one row per copy event
# (`event_id, group_id, kind, from_doc, from_source, from_begin, from_end, to_doc, to_source,
# to_begin, to_end, edits`); `C.planted.tsv` (`copied_from, copied_by, paragraphs`, as before, for
# `jobs/shingle_stats.py`). Text fields escape `\`, tab, newline and CR as `\\`, `\t`, `\n`, `\r`.
#
# **Scored.**
# - *Recall.* A copy event is found when one reported passage between its two documents (either
#   orientation) covers at least half of the planted span on both sides. Reported for all copies,
#   for edited copies (target ≥ 0.95) and per edit kind.
# - *Precision.* A reported passage is right when both its spans overlap occurrences of one planted
#   group in those two documents, boilerplate included (target ≥ 0.95). Also reported: how many are
#   right only through boilerplate, a tight precision (at least half of each span inside that
#   group's occurrences), and false positives with their two texts.
# - *Syndication.* A member of a story is found when it is in the story's cluster (the
#   `reuse_clusters` cluster holding most of its members) or a passage links it to another member,
#   covering half of both story spans. Per story: members found, the share in the largest cluster
#   (target ≥ 0.98) and how many clusters the story is split into.
# - *Boilerplate.* The share of the outlets' sign-off groups whose cluster is flagged
#   `boilerplate`; the share of copy and syndication clusters flagged (errors).
# - *first_doc.* For found events whose documents have different dates, the share of passages that
#   name the earlier one.
# ---- end of README section ----
"""Runs wirelens and passim's pairwise alignment on the same generated corpus, in the same run, and
scores both against the planted reuse with jobs/reuse_eval.py.

Why: passim (David A. Smith's text-reuse detector on Spark) is the reference a reuse stage is
measured against: wirelens should find more of the edited copies, as precisely, and the story
syndicated to hundreds of outlets that passim drops (its n-grams are in more than --maxDF=100
documents, so passim never indexes them). Both tools read the same text: the job's cleaned
`documents.text` is exported as passim's input (id = doc_id, series = source, text), so passim's
offsets index the strings the job's offsets index. passim's offsets are code points, the job's
UTF-16 units: the two agree when every text is in the Basic Multilingual Plane, which the
generator guarantees and this script counts.

Steps:
 1. passim is installed, once, into a venv (default target/passim-venv) as its README in
    ../shared/tools/passim-2.0.1 says (pip install of a copy of that folder: pyspark 4.0.1,
    graphframes-py, intervaltree from PyPI), with pandas and pyarrow (versions of
    notebooks/requirements.txt) for the scorer; this script then re-runs itself in that venv.
 2. wirelens runs on the corpus (embedded Spark, like jobs/benchmark.py; --job-options, default
    `--ner none`: reuse needs no NER) under /usr/bin/time -v, unless --tables names an existing
    output (then its time is not known) or --skip-job (documents are then the corpus cleaned by
    the job's rules, emulated).
 3. passim runs through its venv's spark-submit, `seriatim.py --all-pairs --pairwise --fields
    'xxhash64(series) as gid' --filterpairs 'gid < gid2'` (pairs across outlets, each once), under
    /usr/bin/time -v. It writes align.json and then stops with a ClassNotFoundException at
    clustering (GraphFrames' jar is not served by the Maven repository reachable here): that exit
    is expected; align.json with its _SUCCESS marker is what is scored. Reported: wall seconds
    to the end and to align.json, CPU seconds, peak RSS.
 4. Both are scored by reuse_eval.evaluate and printed side by side; all figures go to
    WORK/results.json.

    python3 jobs/make_corpus.py --docs 2000 --out target/reuse-bench/corpus-2000.jsonl
    python3 jobs/passim_compare.py --corpus target/reuse-bench/corpus-2000.jsonl

Keep passim to about 2,000 articles on a shared 2-core machine (--max-docs guards it).
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from reuse_common import find_tables, is_bmp  # noqa: E402

PASSIM_SRC = ROOT.parent / "shared/tools/passim-2.0.1"
REEXEC_FLAG = "WIRELENS_PASSIM_COMPARE_IN_VENV"


def scorer_requirements():
    """pandas and pyarrow pinned as the notebooks pin them."""
    pins = {}
    req = ROOT / "notebooks/requirements.txt"
    if req.exists():
        for line in req.read_text().splitlines():
            m = re.match(r"^(pandas|pyarrow)==(\S+)", line.strip())
            if m:
                pins[m.group(1)] = m.group(0)
    return [pins.get("pandas", "pandas"), pins.get("pyarrow", "pyarrow")]


def ensure_venv(venv, src):
    """Installs passim (and the scorer's pandas/pyarrow) into venv unless already there."""
    py = venv / "bin/python"
    if py.exists() and subprocess.run([str(py), "-c", "import passim, pandas, pyarrow"],
                                      capture_output=True).returncode == 0:
        return py
    if not (src / "setup.py").exists():
        sys.exit(f"passim_compare: {src}: no passim source (setup.py) there; pass --passim-src")
    print(f"passim_compare: installing passim from {src} into {venv} (pyspark 4.0.1 and more from PyPI) ...", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    copy = Path(str(venv) + ".src")  # pip may write build files into the source folder
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(src, copy)
    pip = [str(venv / "bin/pip"), "install", "-q", "--disable-pip-version-check"]
    subprocess.run(pip + [str(copy)] + scorer_requirements(), check=True)
    return py


def time_v(cmd, log, env=None, cwd=None):
    """Runs cmd under /usr/bin/time -v; returns (exit code, wall s, CPU s, peak RSS MiB)."""
    tfile = Path(str(log) + ".time")
    t0 = time.time()
    with open(log, "w") as out:
        p = subprocess.run(["/usr/bin/time", "-v", "-o", str(tfile)] + cmd, stdout=out, stderr=subprocess.STDOUT,
                           env=env, cwd=cwd)
    wall = time.time() - t0
    text = tfile.read_text() if tfile.exists() else ""
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", text))
    return p.returncode, wall, cpu, int(rss.group(1)) / 1024 if rss else None


def run_job(corpus, out, options, heap, work):
    """The wirelens job, as jobs/benchmark.py runs it; returns its timing and stage seconds."""
    import benchmark
    classpath, opens = benchmark.build()
    cmd = ["java", f"-Xmx{heap}"] + opens + ["-cp", classpath, "org.wirelens.WirelensJob",
                                             "--input", str(corpus), "--output", str(out)] + options
    log = work / "wirelens.log"
    code, wall, cpu, rss = time_v(cmd, log, cwd=ROOT)
    if code != 0:
        sys.exit(f"passim_compare: the wirelens job failed ({code}); see {log}")
    text = log.read_text()
    m = re.search(r"^stages: (.*)$", text, re.M)
    stages = m.group(1) if m else ""
    reuse = {name: sec for name, sec in benchmark.stage_seconds(stages).items() if "reuse" in name}
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_rss_mib": round(rss) if rss else None,
            "stages": stages, "reuse_stage_s": reuse}


def documents(tables, corpus):
    """(doc_id, source, text) of what the job stored, or of the corpus cleaned by the emulation."""
    if tables is not None:
        from reuse_common import read_parquet
        df = read_parquet(tables / "documents", ["doc_id", "source", "text"])
        return list(zip(df["doc_id"], df["source"], df["text"]))
    from reuse_common import LineRules, clean_text
    rules = LineRules()
    out = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out.append((r["id"], r.get("source") or "unknown", clean_text(r.get("text") or "", r.get("title"), rules)))
    return out


def run_passim(venv, docs_path, out, cores, memory, extra, work):
    py = venv / "bin/python"
    seriatim = Path(subprocess.run([str(py), "-c", "import passim, os; print(os.path.dirname(passim.__file__))"],
                                   capture_output=True, text=True, check=True).stdout.strip()) / "seriatim.py"
    shutil.rmtree(out, ignore_errors=True)  # passim skips stages whose output exists
    env = dict(os.environ, PYSPARK_PYTHON=str(py))
    env.pop("SPARK_HOME", None)  # jobs/test.sh points it at pyspark 3.5; passim needs its own 4.0
    cmd = [str(venv / "bin/spark-submit"), "--master", f"local[{cores}]", "--driver-memory", memory,
           str(seriatim), "--all-pairs", "--pairwise", "--fields", "xxhash64(series) as gid",
           "--filterpairs", "gid < gid2"] + extra + [str(docs_path), str(out)]
    log = work / "passim.log"
    t0 = time.time()
    code, wall, cpu, rss = time_v(cmd, log, env=env)
    done = out / "align.json" / "_SUCCESS"
    if not done.exists():
        tail = "\n".join(log.read_text().splitlines()[-15:])
        sys.exit(f"passim_compare: passim wrote no align.json (exit {code}); see {log}:\n{tail}")
    stopped = re.search(r"(ClassNotFoundException[^\n]*|Py4JJavaError[^\n]*)", log.read_text())
    return {"wall_s": round(wall, 1), "to_align_s": round(done.stat().st_mtime - t0, 1), "cpu_s": round(cpu, 1),
            "peak_rss_mib": round(rss) if rss else None, "exit": code,
            "stopped_with": stopped.group(1)[:160] if code != 0 and stopped else None}


def fmt_time(t):
    """One cell: wall and CPU seconds, peak RSS, and the stage that matters."""
    if not t:
        return "n/a (existing output)"
    s = f"{t['wall_s']} s wall, {t['cpu_s']} s CPU, {t['peak_rss_mib']} MiB"
    if "to_align_s" in t:
        s += f"; align.json at {t['to_align_s']} s"
    if t.get("reuse_stage_s"):
        s += "; " + ", ".join(f"{k} {v} s" for k, v in t["reuse_stage_s"].items())
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, help="a corpus from jobs/make_corpus.py (its planted files beside it)")
    ap.add_argument("--tables", help="score this existing wirelens output instead of running the job")
    ap.add_argument("--skip-job", action="store_true",
                    help="run passim alone, on the corpus cleaned by the job's rules emulated")
    ap.add_argument("--job-options", default="--ner none --top 0",
                    help="options for the wirelens job (default: %(default)s)")
    ap.add_argument("--heap", default="4g", help="JVM heap of the wirelens job (default: %(default)s)")
    ap.add_argument("--work", help="working folder (default: target/reuse-bench/<corpus name>)")
    ap.add_argument("--venv", default=str(ROOT / "target/passim-venv"), help="passim's venv (default: %(default)s)")
    ap.add_argument("--passim-src", default=str(PASSIM_SRC), help="passim 2.0.1 source folder (default: %(default)s)")
    ap.add_argument("--passim-options", default="", help="extra passim options, e.g. '-u 1000' (default: none)")
    ap.add_argument("--cores", type=int, default=2, help="local[N] for passim (default: %(default)s)")
    ap.add_argument("--driver-memory", default="4g", help="passim's Spark driver memory (default: %(default)s)")
    ap.add_argument("--max-docs", type=int, default=3000,
                    help="refuse larger corpora: passim is quadratic in shared n-grams (default: %(default)s)")
    ap.add_argument("--examples", type=int, default=5, help="false positives listed per system (default: %(default)s)")
    ap.add_argument("--json", help="results file (default: WORK/results.json)")
    args = ap.parse_args()

    corpus = Path(args.corpus).resolve()
    if not corpus.exists():
        ap.error(f"--corpus {corpus}: not found")
    with open(corpus, encoding="utf-8") as f:
        n_docs = sum(1 for line in f if line.strip())
    if n_docs > args.max_docs:
        ap.error(f"{corpus} has {n_docs} articles, more than --max-docs {args.max_docs}")
    venv = Path(args.venv).resolve()
    if os.environ.get(REEXEC_FLAG) != "1":
        py = ensure_venv(venv, Path(args.passim_src))
        os.execve(str(py), [str(py), str(Path(__file__).resolve())] + sys.argv[1:], dict(os.environ, **{REEXEC_FLAG: "1"}))

    import reuse_eval
    work = Path(args.work) if args.work else ROOT / "target/reuse-bench" / corpus.stem
    work.mkdir(parents=True, exist_ok=True)
    try:
        truth = reuse_eval.Truth(corpus)
    except reuse_eval.InputError as e:
        sys.exit(f"passim_compare: {e}")

    job, tables = None, None
    if args.tables:
        tables = find_tables(args.tables)
    elif not args.skip_job:
        out = work / "wirelens-out"
        print(f"passim_compare: wirelens on {n_docs} articles -> {out}", flush=True)
        job = run_job(corpus, out, shlex.split(args.job_options), args.heap, work)
        tables = find_tables(out)

    docs = documents(tables, corpus)
    docs_path = work / "passim-input.jsonl"
    with open(docs_path, "w", encoding="utf-8") as f:
        for doc_id, source, text in docs:
            f.write(json.dumps({"id": doc_id, "series": source, "text": text}, ensure_ascii=False) + "\n")
    outside_bmp = sum(1 for _, _, t in docs if not is_bmp(t))
    if outside_bmp:
        print(f"passim_compare: warning: {outside_bmp} documents have characters outside the BMP; "
              "passim's code-point offsets differ from UTF-16 offsets there", file=sys.stderr)
    texts = {d: t for d, _, t in docs}

    print(f"passim_compare: passim on {len(docs)} documents ...", flush=True)
    passim = run_passim(venv, docs_path, work / "passim-out", args.cores, args.driver_memory,
                        shlex.split(args.passim_options), work)

    results = {}
    if tables is not None:
        try:
            rows, has_first = reuse_eval.job_passages(tables)
            results["wirelens"] = reuse_eval.evaluate(truth, texts, rows, reuse_eval.job_clusters(tables),
                                                      args.examples, has_first)
            results["wirelens"]["timing"] = job
        except reuse_eval.InputError as e:
            print(f"wirelens: not scored: {e}" + (f"; the job took {fmt_time(job)}" if job else ""))
    results["passim"] = reuse_eval.evaluate(truth, texts, reuse_eval.passim_passages(work / "passim-out/align.json"),
                                            None, args.examples)
    results["passim"]["timing"] = passim
    print(reuse_eval.report(results, extra={"documents": lambda r: str(r["offsets"]["docs"]),
                                            "time": lambda r: fmt_time(r["timing"])}))
    if passim.get("stopped_with"):
        print(f"passim stopped after writing align.json, as expected: {passim['stopped_with']}")
    out_json = Path(args.json) if args.json else work / "results.json"
    out_json.write_text(json.dumps({"corpus": str(corpus), "documents": len(docs),
                                    "wirelens_job": job, "systems": results}, indent=1))
    print(f"results: {out_json}")


if __name__ == "__main__":
    main()
