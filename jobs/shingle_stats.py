#!/usr/bin/env python3
"""How much chance text reuse a JSON Lines corpus has, as the overlap stage sees it.

Counts word 5-gram shingles (lower-cased letter runs, close to the job's normalised tokens), their
document frequency, and the document pairs that share at least --min-shared shingles found in at
most --max-df documents: the overlap stage's candidate pairs. Used to check that generated
benchmark corpora have no more accidental reuse than real news (the Reuters sample), since the
overlap stage's cost grows with the candidate pairs, not with the corpus.

    python3 jobs/shingle_stats.py data/corpus/reuters21578/reuters-000-004.jsonl.gz
    python3 jobs/shingle_stats.py target/bench/corpus-10000.jsonl --limit 4584
"""
import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from itertools import combinations

WORD = re.compile(r"[^\W\d_]+")


def shingles(text, k):
    words = [w.lower() for w in WORD.findall(text)]
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--max-df", type=int, default=100)
    ap.add_argument("--min-shared", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="only the first N non-empty documents")
    ap.add_argument("--planted", help="a make_corpus.py .planted.tsv: report candidate pairs outside it")
    args = ap.parse_args()

    docs = {}
    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("text", "").strip():
                docs[rec["id"]] = shingles(rec["text"], args.k)
                if args.limit and len(docs) >= args.limit:
                    break
    postings = defaultdict(list)
    for doc_id, sh in docs.items():
        for s in sh:
            postings[s].append(doc_id)
    df = Counter(len(p) for p in postings.values())
    pair_counts = Counter()
    for p in postings.values():
        if 2 <= len(p) <= args.max_df:
            for a, b in combinations(sorted(p), 2):
                pair_counts[(a, b)] += 1
    candidates = {pair for pair, c in pair_counts.items() if c >= args.min_shared}
    n = len(docs)
    print(f"documents {n}, distinct shingles {len(postings)}")
    print(f"shingles by df: 1: {df[1]}, 2-10: {sum(v for d, v in df.items() if 2 <= d <= 10)}, "
          f"11-{args.max_df}: {sum(v for d, v in df.items() if 10 < d <= args.max_df)}, "
          f">{args.max_df}: {sum(v for d, v in df.items() if d > args.max_df)}")
    print(f"shingle postings pairs (work of the self-join): {sum(pair_counts.values())}")
    print(f"candidate pairs (>= {args.min_shared} shared): {len(candidates)} = {len(candidates) / n:.3f} per document")
    if args.planted:
        planted = set()
        with open(args.planted, encoding="utf-8") as f:
            next(f)
            for line in f:
                a, b, _ = line.rstrip("\n").split("\t")
                planted.add(tuple(sorted((a, b))))
        unplanted = candidates - planted
        print(f"planted pairs {len(planted)}, found {len(candidates & planted)}, "
              f"candidates not planted {len(unplanted)} = {len(unplanted) / n:.3f} per document")


if __name__ == "__main__":
    main()
