#!/usr/bin/env python3
"""Measures the stages after NLP (entities, co-occurrence, overlap, reuse, quotes, write) at up to a
million generated articles, and what a corpus a hundred times larger would need (issue 14).

A whole run of a million articles on two cores would spend about six hours in Spark NLP and
CoreNLP, so the NLP output is generated instead: jobs/make_corpus.py writes the corpus (Reuters
phrasing, planted reuse and syndication), org.wirelens.bench.SyntheticBatches writes it straight
into a batch store as the NLP stage would have (the job's own cleaner and token normaliser;
capitalised word runs as mentions, so entities follow the corpus's Zipf curve), and the job then
runs with --recompute on that store: every stage after NLP, on exactly what a run would have read.

Each size runs in its own JVM under /usr/bin/time -v, with Spark's event log on, which gives per
stage (the job's job groups): wall seconds, task CPU seconds, shuffle written and read, bytes
written; and for the driver, the largest result any job sent it (collected rows, or the build side
of a broadcast join Spark chose), the biggest object it holds. It prints a table per size, the
ratio between sizes (target: at most 11x for 10x the articles), and an estimate for 100M articles
from the largest size.

    python3 jobs/post_nlp_scale.py [--sizes 100000 1000000] [--batches 10] [--heap 8g]
                                   [--previous target/bench/post-nlp-results.json]

--previous puts sizes measured by an earlier run of the same job code beside this run's (the
ratios then compare runs of different sessions: say so when reporting them). The job's Spark
local directory (shuffle files, spilled and persisted blocks) is its own folder under
target/bench, sampled every 5 s: its peak is the local disk an executor needs.
"""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import threading
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchmark  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def corpus(n, reuters):
    path = ROOT / "target/bench" / f"corpus-{n}.jsonl"
    if not path.exists() or not Path(f"{path}.passages.tsv").exists():
        subprocess.run([sys.executable, str(ROOT / "jobs/make_corpus.py"), "--docs", str(n), "--out", str(path),
                        "--reuters", reuters], check=True, cwd=ROOT)
    return path


def event_log_summary(log_dir):
    """Per job group: task CPU s, shuffle write/read bytes, output bytes; for the driver, the
    largest result one job sent it (with its group) and the largest one task sent."""
    files = list(Path(log_dir).glob("*"))
    if len(files) != 1:
        sys.exit(f"expected one event log in {log_dir}, found {len(files)}")
    group_of_stage, result_stage_of_job = {}, {}
    per_group = defaultdict(lambda: defaultdict(float))
    result_bytes = defaultdict(int)  # stage id -> sum of its task result sizes
    max_task_result = 0
    with open(files[0], encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            kind = e.get("Event")
            if kind == "SparkListenerJobStart":
                group = (e.get("Properties") or {}).get("spark.jobGroup.id") or "(none)"
                ids = [s["Stage ID"] for s in e["Stage Infos"]]
                result_stage_of_job[e["Job ID"]] = max(ids)
                for sid in ids:
                    group_of_stage[sid] = group
            elif kind == "SparkListenerTaskEnd":
                m = e.get("Task Metrics")
                if not m:
                    continue
                g = per_group[group_of_stage.get(e["Stage ID"], "(none)")]
                g["cpu_s"] += m.get("Executor CPU Time", 0) / 1e9
                g["shuffle_write"] += m.get("Shuffle Write Metrics", {}).get("Shuffle Bytes Written", 0)
                sr = m.get("Shuffle Read Metrics", {})
                g["shuffle_read"] += sr.get("Remote Bytes Read", 0) + sr.get("Local Bytes Read", 0)
                g["output"] += m.get("Output Metrics", {}).get("Bytes Written", 0)
                g["tasks"] += 1
                size = m.get("Result Size", 0)
                result_bytes[e["Stage ID"]] += size
                max_task_result = max(max_task_result, size)
    # A job's result stage is what reaches the driver: collected rows, the build side of a broadcast
    # join Spark chose itself (under spark.sql.autoBroadcastJoinThreshold), or write statistics.
    size, stage = max(((result_bytes.get(sid, 0), sid) for sid in result_stage_of_job.values()), default=(0, None))
    return per_group, {"max_job_result": size, "max_job_result_group": group_of_stage.get(stage),
                       "max_task_result": max_task_result}


class DiskPeak:
    """Peak size of a folder while a command runs, sampled every few seconds in a thread (a lower
    bound: a file that lived between two samples is not seen)."""

    def __init__(self, folder, every=5.0):
        self.folder, self.every, self.peak = Path(folder), every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _size(self):
        total = 0
        for root, _, files in os.walk(self.folder):
            for f in files:
                try:
                    total += os.lstat(os.path.join(root, f)).st_size
                except OSError:  # removed by Spark between listing and stat
                    pass
        return total

    def _run(self):
        while not self._stop.wait(self.every):
            self.peak = max(self.peak, self._size())

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._size())


def run(n, args, java):
    path = corpus(n, args.reuters)
    out = ROOT / "target/bench" / f"post-nlp-{n}"
    if out.exists():
        shutil.rmtree(out)
    wall, rss, cpu, stdout = benchmark.timed(java + ["-Dspark.master=local[*]", "org.wirelens.bench.SyntheticBatches",
                                                     str(path), str(out), str(args.batches)],
                                             ROOT / "target/bench" / f"post-nlp-{n}-synthetic.log")
    synthetic_wall = wall
    print(f"{n}: synthetic batches written in {wall:.0f} s", flush=True)
    events = ROOT / "target/bench" / f"post-nlp-{n}-events"
    if events.exists():
        shutil.rmtree(events)
    events.mkdir(parents=True)
    local = ROOT / "target/bench" / f"post-nlp-{n}-local"
    if local.exists():
        shutil.rmtree(local)
    local.mkdir(parents=True)
    # Shuffle files of finished stages go when the driver's garbage collector drops them: every
    # 5 minutes rather than 30, so the local disk holds what the run needs, not its history.
    conf = ["-Dspark.eventLog.enabled=true", f"-Dspark.eventLog.dir=file:{events}", f"-Dspark.local.dir={local}",
            "-Dspark.cleaner.periodicGC.interval=5min"]
    with DiskPeak(local) as disk:
        wall, rss, cpu, stdout = benchmark.timed(java + conf + ["org.wirelens.WirelensJob", "--output", str(out),
                                                                "--recompute", "--top", "5"],
                                                 ROOT / "target/bench" / f"post-nlp-{n}-job.log")
    shutil.rmtree(local, ignore_errors=True)
    stages = re.search(r"^stages: (.*)$", stdout, re.M).group(1)
    counts = re.search(r"^input records .*$", stdout, re.M).group(0)
    groups, driver = event_log_summary(events)
    info = json.loads(subprocess.run([benchmark.table_python(), "-c", (
        "import sys, json; sys.path.insert(0, 'notebooks'); import wirelens_tables as wl; "
        f"r = wl.read_pandas('{out}', 'run_info').iloc[0]; "
        "print(json.dumps({c: {k: int(v) for k, v in r[c]} for c in ('table_rows', 'rows_below_minimum')}))")],
        check=True, capture_output=True, text=True, cwd=ROOT).stdout)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    return {"docs": n, "commit": commit, "batches": args.batches, "heap": args.heap,
            "wall_s": wall, "cpu_s": cpu, "rss_mib": rss, "local_disk_peak": disk.peak,
            "synthetic_s": synthetic_wall, "stages": benchmark.stage_seconds(stages),
            "counts": counts, "groups": {k: dict(v) for k, v in groups.items()}, "driver": driver, **info}


def gib(b):
    return b / 2**30


def report(results):
    lines = []
    for r in results:
        lines += ["", f"## {r['docs']:,} articles (NLP output generated; --recompute)", "",
                  f"{r['counts']}", f"job: {r['wall_s']:.1f} s wall, {r['cpu_s']:.0f} s CPU, peak RSS {r['rss_mib'] / 1024:.1f} GiB"
                  + (f", peak local disk (shuffle, spills) {gib(r['local_disk_peak']):.1f} GiB" if "local_disk_peak" in r else ""),
                  f"code {r.get('commit', '?')}, {r.get('batches', '?')} batches, -Xmx{r.get('heap', '?')}"
                  + (f"; batches generated in {r['synthetic_s']:.0f} s" if "synthetic_s" in r else ""),
                  f"driver: largest job result {r['driver']['max_job_result'] / 2**20:.1f} MiB ({r['driver']['max_job_result_group']}), "
                  f"largest task result {r['driver']['max_task_result'] / 2**20:.1f} MiB",
                  f"rows: " + ", ".join(f"{k} {v:,}" for k, v in sorted(r["table_rows"].items())),
                  f"left out under --min-pair-units: " + ", ".join(f"{k} {v:,}" for k, v in sorted(r["rows_below_minimum"].items())),
                  "", "| stage | wall s | task CPU s | shuffle written GiB | shuffle read GiB | written GiB |", "|---|---|---|---|---|---|"]
        for name, sec in r["stages"].items():
            g = r["groups"].get(name, {})
            lines.append(f"| {name} | {sec:.1f} | {g.get('cpu_s', 0):.0f} | {gib(g.get('shuffle_write', 0)):.2f} | "
                         f"{gib(g.get('shuffle_read', 0)):.2f} | {gib(g.get('output', 0)):.2f} |")
    for a, b in zip(results, results[1:]):
        k = b["docs"] / a["docs"]
        lines += ["", f"## {a['docs']:,} -> {b['docs']:,} ({k:g}x the articles)", ""]
        parts = [f"job wall {b['wall_s'] / a['wall_s']:.1f}x", f"CPU {b['cpu_s'] / a['cpu_s']:.1f}x",
                 f"stages after NLP {sum(b['stages'].values()) / sum(a['stages'].values()):.1f}x"]
        parts += [f"{s} {b['stages'][s] / a['stages'][s]:.1f}x" for s in b["stages"] if a["stages"].get(s, 0) > 0]
        lines.append("wall: " + ", ".join(parts))
        # Task CPU moves less than wall when the machine is shared: the steadier ratio per stage.
        cpu = [f"{s} {b['groups'][s]['cpu_s'] / a['groups'][s]['cpu_s']:.1f}x" for s in b["stages"]
               if a["groups"].get(s, {}).get("cpu_s", 0) > 1 and s in b["groups"]]
        lines.append("task CPU: " + ", ".join(cpu))
        rows = [f"{t} {b['table_rows'][t] / a['table_rows'][t]:.1f}x" for t in sorted(b["table_rows"])
                if a["table_rows"].get(t)]
        lines.append("rows: " + ", ".join(rows))
    if len(results) >= 2 and results[-1]["docs"] < 1_000_000:
        # Extrapolated, not measured: each stage's wall time grown by the power of the article count
        # it showed between the two largest sizes (n^e), which carries any superlinearity forward.
        a, b = results[-2], results[-1]
        lines += ["", f"## 1,000,000 articles, extrapolated from {a['docs']:,} -> {b['docs']:,} (not measured)", ""]
        total_b = total_m = 0.0
        parts = []
        for s in b["stages"]:
            ta, tb = a["stages"].get(s, 0), b["stages"][s]
            if ta <= 1 or tb <= 1:
                continue
            e = math.log(tb / ta) / math.log(b["docs"] / a["docs"])
            tm = tb * (1_000_000 / b["docs"]) ** e
            total_b += tb
            total_m += tm
            parts.append(f"{s} n^{e:.2f} {tm:,.0f} s")
        lines.append(", ".join(parts))
        line = f"stages after NLP about {total_m:,.0f} s on this machine ({total_m / total_b:.1f}x the {b['docs']:,} run's"
        hundred = next((r for r in results if r["docs"] == 100_000), None)
        if hundred and hundred is not b:
            same = sum(hundred["stages"].get(s, 0) for s in b["stages"]
                       if a["stages"].get(s, 0) > 1 and b["stages"][s] > 1)
            line += f", {total_m / same:.1f}x the 100,000 run's"
        lines.append(line + "; stages of a second or less left out)")
    big = results[-1]
    scale = 100_000_000 / big["docs"]
    lines += ["", f"## 100M articles, from the {big['docs']:,} run (linear: x{scale:.0f})", "",
              "| stage | task CPU hours | shuffle written TiB | written TiB |", "|---|---|---|---|"]
    total_cpu = 0
    for name in big["stages"]:
        g = big["groups"].get(name, {})
        total_cpu += g.get("cpu_s", 0) * scale
        lines.append(f"| {name} | {g.get('cpu_s', 0) * scale / 3600:.0f} | {g.get('shuffle_write', 0) * scale / 2**40:.2f} | "
                     f"{g.get('output', 0) * scale / 2**40:.2f} |")
    # The run's own efficiency (task CPU over wall x cores) carries over: shuffle waits, skew and
    # the driver's serial work do not shrink on a cluster.
    eff = sum(g.get("cpu_s", 0) for g in big["groups"].values()) / (big["wall_s"] * os.cpu_count())
    lines.append("")
    lines.append(f"total task CPU {total_cpu / 3600:,.0f} core-hours; at this run's efficiency ({eff:.2f} of "
                 f"{os.cpu_count()} cores busy) that is " + ", ".join(
                     f"{total_cpu / (e * 4 * eff) / 3600:.1f} h on {e} executors of 4 cores" for e in (25, 50, 100)))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100000, 1000000])
    ap.add_argument("--batches", type=int, default=10, help="batches the generated NLP output is stored in (default: %(default)s)")
    ap.add_argument("--heap", default="8g", help="JVM heap (default: %(default)s)")
    ap.add_argument("--previous", help="results JSON of an earlier run whose sizes are reported beside these")
    ap.add_argument("--reuters", default=str(ROOT / "data/corpus/reuters21578/reuters-000-004.jsonl.gz"))
    args = ap.parse_args()
    classpath, opens = benchmark.build()
    java = ["java", f"-Xmx{args.heap}"] + opens + ["-cp", classpath]
    previous = json.loads(Path(args.previous).read_text()) if args.previous else []
    if os.environ.get("SPARK_LOCAL_DIRS"):
        print("note: SPARK_LOCAL_DIRS is set and overrides spark.local.dir: the local disk peak is not measured")
    # One result per size: this run's over an earlier one's.
    results = list({r["docs"]: r for r in previous if r["docs"] not in args.sizes}.values())
    args.sizes = list(dict.fromkeys(args.sizes))
    for n in args.sizes:
        results.append(run(n, args, java))
        print(json.dumps(results[-1]), flush=True)
    results.sort(key=lambda r: r["docs"])
    text = report(results)
    (ROOT / "target/bench/post-nlp-results.md").write_text(text + "\n")
    (ROOT / "target/bench/post-nlp-results.json").write_text(json.dumps(results, indent=1))
    print(text)


if __name__ == "__main__":
    main()
