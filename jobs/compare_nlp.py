#!/usr/bin/env python3
"""Compares the sentences and tokens of two wirelens outputs of the same corpus: the share of the
first output's sentence spans and tokens (span, normalised form, stop flag) that the second has
identically. Used to check that a faster NLP stage keeps the boundaries it had (issue 14: at least
99.5% of the Reuters sample's sentences identical), e.g. a baseline commit's output against
today's (jobs/benchmark.py --baseline runs one).

    python3 jobs/compare_nlp.py OLD_OUTPUT NEW_OUTPUT [--examples 10]
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "notebooks"))
import wirelens_tables as wl  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--examples", type=int, default=10, help="differing sentences shown (default: %(default)s)")
    args = ap.parse_args()
    for table, cols in (("sentences", ["doc_id", "begin", "end"]),
                        ("tokens", ["doc_id", "begin", "end", "normalized", "is_stop"])):
        old = set(map(tuple, wl.read_pandas(args.old, table, columns=cols).astype(str).values))
        new = set(map(tuple, wl.read_pandas(args.new, table, columns=cols).astype(str).values))
        print(f"{table}: {len(old & new)} of {len(old)} identical ({len(old & new) / max(1, len(old)):.4f}); "
              f"{len(new)} now")
    texts = wl.read_pandas(args.new, "documents", columns=["doc_id", "text"]).set_index("doc_id")["text"]
    old = wl.read_pandas(args.old, "sentences", columns=["doc_id", "begin", "end"])
    new = wl.read_pandas(args.new, "sentences", columns=["doc_id", "begin", "end"])
    gone = sorted(set(zip(old.doc_id, old.begin, old.end)) - set(zip(new.doc_id, new.begin, new.end)))
    for doc, b, e in gone[:args.examples]:
        t = texts[doc]
        print(f"  {doc}: no longer ends at {e}: ...{' '.join(t[max(b, e - 50):e].split())} || "
              f"{' '.join(t[e:e + 30].split())}...")


if __name__ == "__main__":
    main()
