#!/usr/bin/env python3
"""Generates a large news corpus for benchmarks, as JSON Lines (the job's jsonl format).

Articles are built from real pieces: a Reuters-21578 headline, paragraphs written by an order-2
word Markov chain trained on the Reuters sample and the project's seed articles (real sentence
shapes, function words and phrasing), the web chrome real scrapes carry (now and then), and
planted reuse between outlets: a share of articles copy one to three paragraphs from an earlier
article of another outlet, as wire copy is echoed. The planted pairs are written
beside the corpus (<out>.planted.tsv) so overlap results can be checked against them.

A chain alone repeats its training 5-grams between unrelated articles far more than real news
does (measured with jobs/shingle_stats.py: 54 chance candidate pairs per article at 4.6k
articles and 200 at 20k, against 8.6 in the real Reuters sample), which would make the overlap
stage grow with the corpus squared. So each content word the chain emits is, with probability
--substitute, replaced by a word drawn from the corpus's own word frequencies with the same
shape (capitalised, lower case), and digits are redrawn: articles keep real vocabulary, word
frequencies and capitalisation (what tokenisation and NER cost depends on) but, like real
articles about different events, share few 5-grams unless one copies the other. With the
default 0.7: 13 chance candidate pairs per article at 20k.

Deterministic for a given --seed.

    python3 jobs/make_corpus.py --docs 10000 --out target/bench/corpus-10k.jsonl
"""
import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

OUTLETS = [
    "Global Wire", "Continental Press", "Evening Ledger", "Harbour Times", "Capital Broadcaster",
    "Morning Courier", "Frontline News", "Metro Daily", "Atlas Agency", "Coastal Herald",
    "Summit Post", "Northern Tribune",
]
PUNCT = "\"'()[],.;:!?"
DIGIT = re.compile(r"[0-9]")
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

    def __init__(self, paragraphs_, substitute):
        self.next = {}
        self.starts = []
        counts = Counter()
        for p in paragraphs_:
            for sentence in re.split(r"(?<=[.!?])\s+", p):
                words = sentence.split()
                if len(words) < 6:
                    continue
                counts.update(words)
                self.starts.append((words[0], words[1]))
                for a, b, c in zip(words, words[1:], words[2:] + [None]):
                    self.next.setdefault((a, b), []).append(c)
        self.substitute = substitute
        # The most frequent words are the function words: kept, so sentences still read as English.
        self.function = {w.lower() for w, _ in counts.most_common(150)}
        # Content words by shape, repeated by frequency, so a draw follows the corpus's own Zipf curve.
        self.by_shape = {"upper": [], "lower": []}
        for w, c in counts.items():
            core = w.strip(PUNCT)
            if core.isalpha() and core.lower() not in self.function and len(core) > 2:
                self.by_shape["upper" if core[0].isupper() else "lower"].extend([core] * c)

    def vary(self, rng, word):
        if DIGIT.search(word):
            return DIGIT.sub(lambda _: str(rng.randint(0, 9)), word)
        core = word.strip(PUNCT)
        if (not core.isalpha() or core.lower() in self.function or len(core) <= 2
                or rng.random() >= self.substitute):
            return word
        pool = self.by_shape["upper" if core[0].isupper() else "lower"]
        start = word.index(core)
        return word[:start] + rng.choice(pool) + word[start + len(core):]

    def sentence(self, rng, max_words=40):
        a, b = rng.choice(self.starts)
        words = [a, b]
        while len(words) < max_words:
            c = rng.choice(self.next.get((a, b), [None]))
            if c is None:
                break
            words.append(c)
            a, b = b, c
        text = " ".join(self.vary(rng, w) for w in words)
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
    ap.add_argument("--substitute", type=float, default=0.7,
                    help="chance that the chain's content word is replaced by a corpus word of the same shape (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default: %(default)s)")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    pool, titles = load_pool(args.reuters, args.seeds)
    chain = Markov(pool, args.substitute)
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
