#!/usr/bin/env python3
"""Benchmarks wirelens against tokenizer baselines on the same corpora, in the same run.

For each corpus (the Reuters sample, then generated corpora of the given sizes) it runs, each in
its own JVM with embedded Spark (local[*]):
  - the wirelens job (all stages, all tables),
  - Spark ML's RegexTokenizer writing tokens to Parquet (the baseline the issue names),
  - Spark NLP's DocumentAssembler + SentenceDetector + Tokenizer writing tokens to Parquet,
and reports wall seconds, docs/s, MB/s, peak resident memory (from /usr/bin/time -v) and, for
the job, the seconds of each stage. Results go to stdout and target/bench/results.md.

    python3 jobs/benchmark.py                 # Reuters sample + 10k + 100k generated articles
    python3 jobs/benchmark.py --sizes 10000   # quicker
    python3 jobs/benchmark.py --skip-reuters --skip-baselines --ner none   # scaling of the
                                              # stages after NLP without CoreNLP's cost
    python3 jobs/benchmark.py --skip-reuters --skip-baselines --ner none --baseline 87a1e21 --score-reuse
                                              # reuse scored against the planted passages, and the
                                              # overlap + reuse stages against 87a1e21's overlap stage
"""
import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(root=ROOT):
    subprocess.run([str(root / "jobs/run-local.sh"), "--help"], check=True, stdout=subprocess.DEVNULL, cwd=root)
    cp = (root / "target/classpath.txt").read_text().strip()
    opens = re.search(r"<java17.opens>(.*)</java17.opens>", (root / "pom.xml").read_text()).group(1).split()
    return f"{root / 'target/classes'}:{cp}", opens


def baseline_java(ref, heap):
    """The java command line of an earlier commit (a git worktree under target/bench/), to run it on
    the same corpus in the same run: a change is judged against its baseline, not a figure measured
    on another day."""
    tree = ROOT / "target/bench" / f"baseline-{ref}"
    if not tree.exists():
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), ref], check=True, cwd=ROOT)
    classpath, opens = build(tree)
    return ["java", f"-Xmx{heap}"] + opens + ["-cp", classpath], tree


def table_python():
    """A Python that reads Parquet: the project's .venv (jobs/test.sh makes it) if there is one."""
    venv = ROOT / ".venv/bin/python"
    return str(venv) if venv.exists() else sys.executable


def score_reuse(corpus, out, log):
    """Recall, precision and clustering of the job's reuse tables against the planted reuse
    (jobs/reuse_eval.py), as a short text for the results table."""
    result = Path(str(log) + ".json")
    with open(log, "w") as f:
        subprocess.run([table_python(), str(ROOT / "jobs/reuse_eval.py"), "--corpus", str(corpus), "--tables", str(out),
                        "--json", str(result)], check=True, stdout=f, stderr=subprocess.STDOUT, cwd=ROOT)
    w = json.loads(result.read_text())["systems"]["wirelens"]
    r, p = w["recall"], w["precision"]
    stories = w["syndication"]["stories"]
    worst = min((st["completeness"] for st in stories if st["completeness"] is not None), default=float("nan"))
    return (f"reuse: recall edited {r['edited']['recall']:.3f}, all {r['all']['recall']:.3f}; "
            f"precision {p['precision']:.3f} of {p['passages']} passages; "
            f"syndicated stories: at least {worst:.3f} of members in one cluster")


def timed(cmd, log):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, peak RSS MiB, CPU seconds, stdout).

    CPU seconds (user + system, all threads) are the steadier figure for scaling: they barely move
    when something else shares the machine, where wall seconds do."""
    t0 = time.time()
    with open(log, "w") as err:
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, stdout=subprocess.PIPE, stderr=err, text=True)
    wall = time.time() - t0
    text = Path(log).read_text()
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd[:6])}... see {log}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([0-9.]+)", text))
    return wall, rss, cpu, p.stdout


def corpus_stats(path):
    docs = 0
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs += 1
    return docs, os.path.getsize(path) / 1e6


def run_job(java, corpus, out, options, log):
    """Runs the wirelens job on a corpus; returns (wall s, peak RSS MiB, CPU s, its stages line,
    its counts line)."""
    wall, rss, cpu, stdout = timed(java + ["org.wirelens.WirelensJob", "--input", str(corpus), "--output", str(out)] + options, log)
    stages = re.search(r"^stages: (.*)$", stdout, re.M).group(1)
    counts = re.search(r"^input records .*$", stdout, re.M).group(0)
    return wall, rss, cpu, stages, counts


def nlp_seconds(stages):
    return float(re.search(r"nlp ([0-9.]+)s", stages).group(1))


def stage_seconds(detail):
    return {name: float(sec) for name, sec in re.findall(r"\s*(.+?) ([0-9.]+)s(?=[\s;]|$)", detail.split("; ", 1)[-1])}


def scaling(rows):
    """Per generated size: seconds per 1,000 documents for the job and each stage, and how each grows
    against the smallest size (1.00 = linear)."""
    gen = [r for r in rows if r["corpus"].startswith("generated-") and r.get("scaling")]
    if len(gen) < 2:
        return []
    base = gen[0]
    base_stages = stage_seconds(base["detail"])
    out = ["", "Scaling (seconds per 1,000 documents; in brackets the ratio to the smallest corpus, 1.00 = linear):", ""]
    for r in gen:
        stages = stage_seconds(r["detail"])
        per_k = lambda s, docs: s * 1000 / docs
        parts = [f"job {per_k(r['seconds'], r['docs']):.1f} s "
                 f"({per_k(r['seconds'], r['docs']) / per_k(base['seconds'], base['docs']):.2f})",
                 f"CPU {per_k(r['cpu_s'], r['docs']):.1f} s "
                 f"({per_k(r['cpu_s'], r['docs']) / per_k(base['cpu_s'], base['docs']):.2f})"]
        for name, sec in stages.items():
            if name in base_stages and base_stages[name] > 0:
                ratio = per_k(sec, r["docs"]) / per_k(base_stages[name], base["docs"])
                parts.append(f"{name} {per_k(sec, r['docs']):.2f} s ({ratio:.2f})")
        out.append(f"- {r['corpus']} ({r['docs']} docs): " + ", ".join(parts))
    return out


def quote_cost(rows):
    """The quotes stage's share of each job run: issue 11 allows it at most 25% of the whole job."""
    out = []
    for r in rows:
        if not r["run"].startswith("wirelens job"):
            continue
        stages = stage_seconds(r["detail"])
        if "quotes" in stages:
            total = sum(stages.values())
            out.append(f"- {r['corpus']} ({r['run']}): quotes stage {stages['quotes']:.1f} s = "
                       f"{100 * stages['quotes'] / total:.1f}% of the stages' {total:.1f} s, "
                       f"{100 * stages['quotes'] / r['seconds']:.1f}% of the job's {r['seconds']:.1f} s wall")
    return ["", "Quote extraction's cost:", ""] + out if out else []


def story_cost(rows):
    """The story stages' share of each job run: issue 20 allows the stories stage at most 15% of the
    job's wall time at 100k documents (the coverage tables after the quotes are shown beside it)."""
    out = []
    for r in rows:
        if not r["run"].startswith("wirelens job"):
            continue
        stages = stage_seconds(r["detail"])
        if "stories" in stages:
            cover = stages.get("story coverage", 0.0)
            out.append(f"- {r['corpus']} ({r['run']}): stories stage {stages['stories']:.1f} s = "
                       f"{100 * stages['stories'] / r['seconds']:.1f}% of the job's {r['seconds']:.1f} s wall; "
                       f"story coverage {cover:.1f} s = {100 * cover / r['seconds']:.1f}%")
    return ["", "Stories' cost:", ""] + out if out else []


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10000, 100000], help="generated corpus sizes (default: %(default)s)")
    ap.add_argument("--reuters", default=str(ROOT / "data/corpus/reuters21578/reuters-000-004.jsonl.gz"))
    ap.add_argument("--heap", default="12g", help="JVM heap for each run (default: %(default)s)")
    ap.add_argument("--skip-baselines", action="store_true")
    ap.add_argument("--skip-job", action="store_true", help="run only the tokenizer baselines")
    ap.add_argument("--skip-reuters", action="store_true", help="do not run on the Reuters sample (it still trains the generator)")
    ap.add_argument("--ner-compare", type=int, default=20000,
                    help="also run the job with --ner none on corpora up to this many documents, "
                         "to measure NER throughput from the nlp stage difference (default: %(default)s)")
    ap.add_argument("--sparknlp-baseline-max", type=int, default=20000,
                    help="run the Spark NLP tokenizer baseline on corpora up to this size (default: %(default)s)")
    ap.add_argument("--baseline", default=None,
                    help="also run this git ref's job (e.g. 87a1e21, before text reuse) on each generated corpus, "
                         "for stage-by-stage ratios measured in the same run (default: none)")
    ap.add_argument("--score-reuse", action="store_true",
                    help="score the job's reuse tables against the planted reuse (jobs/reuse_eval.py)")
    ap.add_argument("--ner", default=None,
                    help="pass --ner to the job runs (e.g. none: scaling of the later stages in about "
                         "half the time; skips the NER comparison run). Default: the job's default")
    args = ap.parse_args()
    job_ner = ["--ner", args.ner] if args.ner else []

    bench = ROOT / "target/bench"
    bench.mkdir(parents=True, exist_ok=True)
    classpath, opens = build()
    java = ["java", f"-Xmx{args.heap}"] + opens + ["-cp", classpath]

    corpora = []
    if Path(args.reuters).exists() and not args.skip_reuters:
        corpora.append(("reuters", Path(args.reuters)))
    for n in args.sizes:
        path = bench / f"corpus-{n}.jsonl"
        # A corpus generated before reuse was planted (no <corpus>.passages.tsv) is made again.
        if not path.exists() or not Path(f"{path}.passages.tsv").exists():
            subprocess.run([sys.executable, str(ROOT / "jobs/make_corpus.py"), "--docs", str(n),
                            "--out", str(path), "--reuters", args.reuters], check=True, cwd=ROOT)
        corpora.append((f"generated-{n}", path))

    base_java = baseline_java(args.baseline, args.heap)[0] if args.baseline else None

    rows = []
    for name, path in corpora:
        docs, mb = corpus_stats(path)
        out = bench / f"out-{name}"
        if not args.skip_job:
            if out.exists():
                shutil.rmtree(out)
            wall, rss, cpu, stages, counts = run_job(java, path, out, ["--top", "5"] + job_ner, bench / f"{name}-job.log")
            detail = f"{counts}; {stages}"
            if args.score_reuse and name.startswith("generated-"):
                detail += "; " + score_reuse(path, out, bench / f"{name}-reuse-eval.txt")
            rows.append({"corpus": name, "run": "wirelens job" + (f" --ner {args.ner}" if args.ner else ""), "docs": docs, "mb": mb, "seconds": wall, "cpu_s": cpu, "rss_mib": rss,
                         "detail": detail, "scaling": True})
            print(json.dumps(rows[-1]), flush=True)
            if base_java and name.startswith("generated-"):
                base_out = bench / f"out-{name}-baseline"
                if base_out.exists():
                    shutil.rmtree(base_out)
                bwall, brss, bcpu, bstages, _ = run_job(base_java, path, base_out, ["--top", "0"] + job_ner,
                                                         bench / f"{name}-baseline.log")
                new, old = stage_seconds(stages), stage_seconds(bstages)
                # The shingle index is a stage of its own since issue 19 (its time was overlap's before):
                # compared as index + overlap + reuse, whichever of them a side has.
                text = ("index", "overlap", "reuse")
                ratio = sum(new.get(s, 0) for s in text) / max(sum(old.get(s, 0) for s in text), 1e-9)
                rows.append({"corpus": name, "run": f"baseline {args.baseline} job" + (f" --ner {args.ner}" if args.ner else ""),
                             "docs": docs, "mb": mb, "seconds": bwall, "cpu_s": bcpu, "rss_mib": brss,
                             "detail": f"{bstages}; index + overlap + reuse now / then = {ratio:.2f}; "
                                       f"job wall now / then = {wall / max(bwall, 1e-9):.3f}, "
                                       f"CPU now / then = {cpu / max(bcpu, 1e-9):.3f}"})
                print(json.dumps(rows[-1]), flush=True)
            if docs <= args.ner_compare and not args.ner:
                wall, rss, cpu, stages_none, _ = run_job(java, path, Path(str(out) + "-noner"), ["--top", "0", "--ner", "none"],
                                                         bench / f"{name}-job-noner.log")
                ner_s = max(nlp_seconds(stages) - nlp_seconds(stages_none), 1e-9)
                # NER runs on the documents that passed ingest and cleaning, not on rejected records.
                accepted = int(re.search(r"= documents (\d+)", counts).group(1))
                rows.append({"corpus": name, "run": "wirelens job --ner none", "docs": docs, "mb": mb, "seconds": wall, "cpu_s": cpu, "rss_mib": rss,
                             "detail": f"{stages_none}; CoreNLP NER alone: {ner_s:.1f} s = {accepted / ner_s:.0f} docs/s"})
                print(json.dumps(rows[-1]), flush=True)
        if args.skip_baselines:
            continue
        modes = [("regex", "Spark ML RegexTokenizer -> Parquet")]
        if docs <= args.sparknlp_baseline_max:
            modes.append(("sparknlp", "Spark NLP assembler+sentence+tokenizer -> Parquet"))
        for mode, label in modes:
            wall, rss, cpu, stdout = timed(java + ["org.wirelens.bench.TokenizerBaseline", mode, str(path), str(bench / f"tokens-{mode}-{name}")],
                                      bench / f"{name}-{mode}.log")
            rows.append({"corpus": name, "run": label, "docs": docs, "mb": mb, "seconds": wall, "cpu_s": cpu, "rss_mib": rss,
                         "detail": stdout.strip()})
            print(json.dumps(rows[-1]), flush=True)

    lines = ["| corpus | run | docs | MB | wall s | CPU s | docs/s | MB/s | peak RSS MiB | detail |", "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['corpus']} | {r['run']} | {r['docs']} | {r['mb']:.1f} | {r['seconds']:.1f} | "
                     f"{r['cpu_s']:.0f} | {r['docs'] / r['seconds']:.0f} | {r['mb'] / r['seconds']:.2f} | {r['rss_mib']:.0f} | {r['detail']} |")
    lines += scaling(rows)
    lines += quote_cost(rows)
    lines += story_cost(rows)
    table = "\n".join(lines)
    (bench / "results.md").write_text(table + "\n")
    print(table)


if __name__ == "__main__":
    main()
