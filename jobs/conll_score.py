#!/usr/bin/env python3
"""Scores the job's entities against a CoNLL-2003 English file (PER, ORG, LOC), next to Stanford
CoreNLP's model alone, per document by surface and type, as issue 12 measures them.

    python3 jobs/conll_score.py DATA [--work DIR] [--keep]

DATA is a CoNLL-2003 file (eng.testb or a copy: one token per line, the NE tag last, IOB1 or
IOB2, documents separated by -DOCSTART-). The data is Reuters text under licence: it is read for
measurement only and never committed. The script

1. writes each complete document as one JSON line (a title of its own so the cleaner keeps the
   text whole; the first sentence, the headline, alone on the first line, then a blank line, then
   one sentence per line, tokens joined by spaces);
2. runs CoreNLP's CRF alone on them (org.wirelens.bench.NerBaseline) and the whole job
   (jobs/run-local.sh), one after the other;
3. compares, per document, the set of (surface, type) pairs: gold PER/ORG/LOC against CoreNLP's
   PERSON/ORGANIZATION/LOCATION and against the job's mentions (mention_type PERSON -> PER,
   ORG -> ORG, GPE and LOC -> LOC; NORP and MISC are not scored), and prints micro precision,
   recall and F1 over all documents, per type and overall, and where the job differs from
   CoreNLP alone (pairs it gained, lost, fixed or got newly wrong).

Needs pandas and pyarrow (the job's tables) and a built job (run-local.sh builds it).
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "notebooks"))
import wirelens_tables as wl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TYPES = {"PER", "ORG", "LOC"}
COREnlp = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"}
JOB = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}


def read_conll(path):
    """Documents as lists of sentences, each a list of (token, tag) with IOB2 tags."""
    docs, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            if parts[0] == "-DOCSTART-":
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    docs.append(doc)
                doc = []
                continue
            if parts[0] == "-TOKEN-":  # a header line some copies carry
                continue
            sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def build(doc):
    """The document's text and its gold (surface, type) set; IOB1 and IOB2 both read."""
    lines, gold = [], set()
    for sent in doc:
        offset = 0
        words, spans = [], []
        cur = None
        prev_type = "O"
        for token, tag in sent:
            t = tag[2:] if tag != "O" else "O"
            begins = tag.startswith("B-") or (t != "O" and t != prev_type)
            if cur is not None and (t == "O" or begins):
                spans.append(cur)
                cur = None
            if t != "O":
                if cur is None:
                    cur = [t, len(words), len(words) + 1]
                else:
                    cur[2] = len(words) + 1
            words.append(token)
            prev_type = t
        if cur is not None:
            spans.append(cur)
        for t, b, e in spans:
            if t in TYPES:
                gold.add((" ".join(words[b:e]), t))
        lines.append(" ".join(words))
    text = lines[0] + "\n\n" + "\n".join(lines[1:]) if len(lines) > 1 else lines[0]
    return text, gold


def score(gold, pred):
    counts = collections.Counter()
    for doc in gold:
        g, p = gold[doc], pred.get(doc, set())
        for t in TYPES | {"ALL"}:
            gt = {x for x in g if t == "ALL" or x[1] == t}
            pt = {x for x in p if t == "ALL" or x[1] == t}
            counts[(t, "tp")] += len(gt & pt)
            counts[(t, "g")] += len(gt)
            counts[(t, "p")] += len(pt)
    out = {}
    for t in ["PER", "ORG", "LOC", "ALL"]:
        tp, g, p = counts[(t, "tp")], counts[(t, "g")], counts[(t, "p")]
        prec = tp / p if p else 0.0
        rec = tp / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = (prec, rec, f1, g)
    return out


def show(name, s):
    print(f"{name}")
    for t, (p, r, f, g) in s.items():
        print(f"  {t:4s} precision {p:.3f} recall {r:.3f} F1 {f:.3f}  (gold {g})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", help="CoNLL-2003 English file (e.g. eng.testb)")
    ap.add_argument("--work", help="working folder (default: a temporary one)")
    ap.add_argument("--errors", type=int, default=15,
                    help="differences from CoreNLP alone to list per kind (default: %(default)s)")
    args = ap.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="conll-"))
    work.mkdir(parents=True, exist_ok=True)

    docs = read_conll(args.data)
    gold, inputs = {}, work / "docs.jsonl"
    with open(inputs, "w", encoding="utf-8") as f:
        for i, doc in enumerate(docs):
            text, g = build(doc)
            doc_id = f"conll-{i:04d}"
            gold[doc_id] = g
            f.write(json.dumps({"id": doc_id, "source": "conll2003", "title": f"CoNLL-2003 document {i}",
                                "text": text}) + "\n")
    print(f"{len(docs)} documents, {sum(len(g) for g in gold.values())} gold (surface, type) pairs", file=sys.stderr)

    cp = (ROOT / "target/classpath.txt")
    subprocess.run([str(ROOT / "jobs/run-local.sh"), "--input", str(inputs), "--output", str(work / "job"),
                    "--top", "0"], check=True, stdout=subprocess.DEVNULL)
    opens = subprocess.run(["sed", "-n", r"s#.*<java17.opens>\(.*\)</java17.opens>.*#\1#p", str(ROOT / "pom.xml")],
                           capture_output=True, text=True).stdout.split()
    classpath = f"{ROOT / 'target/classes'}:{cp.read_text().strip()}"
    subprocess.run(["java", "-Xmx2g", *opens, "-cp", classpath, "org.wirelens.bench.NerBaseline",
                    str(inputs), str(work / "corenlp.jsonl")], check=True)

    corenlp = collections.defaultdict(set)
    with open(work / "corenlp.jsonl", encoding="utf-8") as f:
        for line in f:
            s = json.loads(line)
            if s["label"] in COREnlp:
                corenlp[s["id"]].add((s["surface"], COREnlp[s["label"]]))
    run = wl.current_version(work / "job")["run_id"]
    mentions = wl.read_pandas(work / "job", "mentions", run_id=run)
    entities = wl.read_pandas(work / "job", "entities", run_id=run)[["entity_id", "type"]]
    job_mention, job_entity = collections.defaultdict(set), collections.defaultdict(set)
    m = mentions.merge(entities, on="entity_id")
    for r in m.itertuples():
        surface = " ".join(r.surface.split())
        if r.mention_type in JOB:
            job_mention[r.doc_id].add((surface, JOB[r.mention_type]))
        if r.type in JOB and r.mention_type != "NORP":
            job_entity[r.doc_id].add((surface, JOB[r.type]))

    show("CoreNLP CRF alone", score(gold, corenlp))
    show("job, mention_type", score(gold, job_mention))
    show("job, entity type", score(gold, job_entity))
    # Where the job differs from the model it runs on: what resolution added and took away.
    changes = collections.Counter()
    for doc in gold:
        g, c, j = gold[doc], corenlp.get(doc, set()), job_mention[doc]
        for x in (g & c) - j:
            changes[("lost", x)] += 1
        for x in (g & j) - c:
            changes[("gained", x)] += 1
        for x in (j - g) - c:
            changes[("new wrong", x)] += 1
        for x in (c - g) - j:
            changes[("fixed wrong", x)] += 1
    for kind in ["gained", "fixed wrong", "lost", "new wrong"]:
        items = [(x, n) for (k, x), n in changes.items() if k == kind]
        print(f"job vs CoreNLP alone, {kind}: {sum(n for _, n in items)}")
        for (surface, t), n in sorted(items, key=lambda i: (-i[1], i[0]))[: args.errors]:
            print(f"  {n:3d} {t} {surface}")


if __name__ == "__main__":
    main()
