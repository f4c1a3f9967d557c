#!/usr/bin/env python3
"""Generates a large news corpus for benchmarks, as JSON Lines (the job's jsonl format).

Articles are built from real pieces: a Reuters-21578 headline, paragraphs written by an order-2
word Markov chain trained on the Reuters sample and the project's seed articles (real
vocabulary, names and phrasing, but not whole paragraphs repeated by chance, which would make
every article overlap every other), the web chrome real scrapes carry (now and then), and
planted reuse between outlets: a share of articles copy one to three paragraphs from an earlier
article of another outlet, as wire copy is echoed. The planted pairs are written
beside the corpus (<out>.planted.tsv) so overlap results can be checked against them.

Deterministic for a given --seed.

    python3 jobs/make_corpus.py --docs 10000 --out target/bench/corpus-10k.jsonl
"""
import argparse
import json
import random
import re
from pathlib import Path

OUTLETS = [
    "Global Wire", "Continental Press", "Evening Ledger", "Harbour Times", "Capital Broadcaster",
    "Morning Courier", "Frontline News", "Metro Daily", "Atlas Agency", "Coastal Herald",
    "Summit Post", "Northern Tribune",
]
CHROME = ["No Script", "Please Wait...", "2 min", "starAdd to favorites", "|AA Photo", "video"]


def paragraphs(text):
    """Reuters paragraphs start with an indented line; seeds use blank lines."""
    parts = re.split(r"\n\s{2,}|\n\s*\n", text)
    out = []
    for p in parts:
        p = " ".join(p.split())
        if len(p.split()) >= 8:
            out.append(p)
    return out


class Markov:
    """Order-2 word chain over sentences: (w1, w2) -> next words, None ends a sentence."""

    def __init__(self, paragraphs_):
        self.next = {}
        self.starts = []
        for p in paragraphs_:
            for sentence in re.split(r"(?<=[.!?])\s+", p):
                words = sentence.split()
                if len(words) < 6:
                    continue
                self.starts.append((words[0], words[1]))
                for a, b, c in zip(words, words[1:], words[2:] + [None]):
                    self.next.setdefault((a, b), []).append(c)

    def sentence(self, rng, max_words=40):
        a, b = rng.choice(self.starts)
        words = [a, b]
        while len(words) < max_words:
            c = rng.choice(self.next.get((a, b), [None]))
            if c is None:
                break
            words.append(c)
            a, b = b, c
        text = " ".join(words)
        return text if text[-1] in ".!?\"" else text + "."

    def paragraph(self, rng):
        return " ".join(self.sentence(rng) for _ in range(rng.randint(1, 4)))


def load_pool(reuters, seeds):
    pool, titles = [], []
    with open(reuters, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("text"):
                pool.extend(paragraphs(rec["text"]))
            if rec.get("title"):
                titles.append(rec["title"].strip().title())
    for path in sorted(Path(seeds).glob("*.txt")):
        pool.extend(paragraphs(path.read_text(encoding="utf-8")))
    return pool, titles


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="output .jsonl path")
    ap.add_argument("--reuters", default="../shared/corpus/reuters21578/reuters-000-004.jsonl",
                    help="Reuters JSON Lines sample (default: %(default)s)")
    ap.add_argument("--seeds", default="data/corpus/seeds", help="seed articles (default: %(default)s)")
    ap.add_argument("--reuse", type=float, default=0.2, help="share of articles that copy from another outlet (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default: %(default)s)")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    pool, titles = load_pool(args.reuters, args.seeds)
    chain = Markov(pool)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    recent = []  # (id, source, paragraphs) of recent articles, the ones others copy from
    planted = []
    total_bytes = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(args.docs):
            source = rng.choice(OUTLETS)
            body = [chain.paragraph(rng) for _ in range(rng.randint(4, 10))]
            if recent and rng.random() < args.reuse:
                src_id, src_source, src_body = rng.choice(recent)
                if src_source != source:
                    k = rng.randint(1, min(3, len(src_body)))
                    start = rng.randint(0, len(src_body) - k)
                    copied = src_body[start:start + k]
                    at = rng.randint(0, len(body))
                    body[at:at] = copied
                    planted.append((src_id, f"gen-{i:07d}", k))
            lines = []
            if rng.random() < 0.2:
                lines.extend(rng.sample(CHROME, rng.randint(1, 3)))
            lines.append(rng.choice(titles))
            text = "\n".join(lines) + "\n\n" + "\n\n".join(body) + "\n"
            rec = {"id": f"gen-{i:07d}", "source": source,
                   "published": f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}", "text": text}
            line = json.dumps(rec, ensure_ascii=False)
            total_bytes += len(line.encode("utf-8")) + 1
            f.write(line + "\n")
            recent.append((rec["id"], source, body))
            if len(recent) > 500:
                recent.pop(0)
    with open(str(out) + ".planted.tsv", "w", encoding="utf-8") as f:
        f.write("copied_from\tcopied_by\tparagraphs\n")
        for a, b, k in planted:
            f.write(f"{a}\t{b}\t{k}\n")
    print(f"{out}: {args.docs} articles, {total_bytes / 1e6:.1f} MB, {len(planted)} planted reuses")


if __name__ == "__main__":
    main()
