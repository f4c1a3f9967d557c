#!/usr/bin/env python3
"""Times one long document against the same text as separate articles (issue 14: the cost of a
document must be linear in its length).

A live blog, a transcript or a wire's day file is one long text. This takes N articles of the
Reuters sample (900 by default, about 760 KB), writes them once as N records and once joined into
one record (paragraphs kept, articles separated by blank lines), runs the job on each in its own
JVM under /usr/bin/time, and prints wall and CPU seconds, each stage's seconds and the ratio
long / separate. Work inside one document that grows faster than its length shows as a ratio well
above 1; one task carrying the whole document shows in wall seconds against CPU seconds.

    python3 jobs/long_document.py [--articles 900] [--ner corenlp|none] [--heap 8g]
"""
import argparse
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchmark  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=900, help="articles joined (default: %(default)s)")
    ap.add_argument("--reuters", default=str(ROOT / "data/corpus/reuters21578/reuters-000-004.jsonl.gz"))
    ap.add_argument("--ner", default="corenlp", help="--ner of the job runs (default: %(default)s)")
    ap.add_argument("--heap", default="8g", help="JVM heap (default: %(default)s)")
    args = ap.parse_args()

    work = ROOT / "target/bench/long-document"
    work.mkdir(parents=True, exist_ok=True)
    articles = []
    with gzip.open(args.reuters, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("text", "").strip():
                articles.append(rec)
            if len(articles) == args.articles:
                break
    separate = work / "separate.jsonl"
    with separate.open("w", encoding="utf-8") as f:
        for rec in articles:
            f.write(json.dumps({"id": rec["id"], "source": "Reuters", "text": rec["text"]}) + "\n")
    joined_text = "\n\n".join(rec["text"].strip() for rec in articles)
    joined = work / "joined.jsonl"
    joined.write_text(json.dumps({"id": "day-file", "source": "Reuters", "text": joined_text}) + "\n", encoding="utf-8")
    print(f"{len(articles)} articles, {len(joined_text.encode('utf-8')) / 1e3:.0f} KB joined", flush=True)

    classpath, opens = benchmark.build()
    java = ["java", f"-Xmx{args.heap}"] + opens + ["-cp", classpath]
    rows = {}
    for name, corpus in (("separate", separate), ("one document", joined)):
        out = work / f"out-{name.replace(' ', '-')}"
        if out.exists():
            import shutil
            shutil.rmtree(out)
        wall, rss, cpu, stages, counts = benchmark.run_job(java, corpus, out, ["--ner", args.ner, "--top", "0"],
                                                           work / f"{name.replace(' ', '-')}.log")
        rows[name] = (wall, cpu, rss, benchmark.stage_seconds(stages))
        print(f"{name}: wall {wall:.1f} s, CPU {cpu:.0f} s, peak RSS {rss / 1024:.1f} GiB; {stages}", flush=True)
    (sw, sc, _, ss), (lw, lc, _, ls) = rows["separate"], rows["one document"]
    ratios = ", ".join(f"{k} {ls[k] / ss[k]:.2f}" for k in ss if k in ls and ss[k] > 0)
    print(f"one document / separate: wall {lw / sw:.2f}, CPU {lc / sc:.2f}; per stage: {ratios}")


if __name__ == "__main__":
    main()
