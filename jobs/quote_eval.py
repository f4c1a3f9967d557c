#!/usr/bin/env python3
"""Scores wirelens quotes against the Gender Gap Tracker's evaluation set, as that project scores.

    jobs/run-local.sh --input ../shared/corpus/quotes-ggt/articles.jsonl --output /tmp/q-ggt
    python3 jobs/quote_eval.py /tmp/q-ggt [--gold ../shared/corpus/quotes-ggt/gold.jsonl]

Reads the output's documents, quotes and entities tables (pandas + pyarrow) and the gold quotes.
Gold offsets index the raw article text, not documents.text (cleaning removes lines), so each gold
quote is located in documents.text by string search (the occurrence nearest its scaled position)
and its speaker by the occurrence nearest the quote's relative position; quotes that cannot be
found are reported and left out of the scores.

Scoring (the GGT README, evaluate_quotes.py): per article, gold quotes in file order each take the
not-yet-matched prediction covering the largest share of the gold quote's characters, if that share
is strictly greater than the threshold (0.3 and 0.8); greedy and one to one. TP = matched gold,
FN = unmatched gold, FP = unmatched predictions; micro precision, recall and F1 over all articles.
Speaker accuracy = matched pairs whose speaker spans share a character, plus matched pairs whose
gold speaker is empty and whose prediction is floating, over TP. A wirelens quote is floating when
it has no attribution in its own sentence (speaker_method previous_quote, same_quote or none): that
is GGT's is_floating_quote, whose speaker GGT leaves empty; the strict variant counts only
speaker_method none as floating.

Entity-level speaker accuracy (not in GGT): over matched pairs, the prediction's speaker name
against the gold `reference` (the annotators' canonical speaker, given for floating quotes too):
the speaker entity's name (entities.name), or for a speaker with no entity the speaker as written;
they agree when their last words agree after case and diacritic folding and dropping a possessive
("Sergei Lavrov" = "Lavrov", "officials" = "Officials"). Reported over all matched pairs and over
those whose reference is a proper name.

    python3 jobs/quote_eval.py export OUTPUT --to docs.jsonl   # input of the Java-only harness
    python3 jobs/quote_eval.py OUTPUT --quotes quotes.jsonl      # score the harness's quotes
"""
import argparse
import bisect
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "quotes-ggt" / "gold.jsonl"
DEFAULT_ARTICLES = ROOT.parent / "shared" / "corpus" / "quotes-ggt" / "articles.jsonl"
FLOATING = {"previous_quote", "same_quote", "none"}


def table(output, name):
    """One table of a wirelens output (the only place that knows the folder layout): in an output
    with published versions (_wirelens/versions/v<N>.json, the highest N naming the current run)
    runs/<run_id>/<table>, else <output>/<table>."""
    out = Path(output)
    versions = sorted((out / "_wirelens" / "versions").glob("v*.json"),
                      key=lambda p: int(re.sub(r"\D", "", p.stem) or 0))
    if versions:
        run = json.loads(versions[-1].read_text(encoding="utf-8"))["run_id"]
        candidate = out / "runs" / run / name
    else:
        candidate = out / name
    if not candidate.exists():
        raise SystemExit(f"{output}: no table {name}")
    return pd.read_parquet(candidate)


# ------------------------------------------------------------------ mapping gold into documents.text

def locate(haystack, needle, near):
    """The occurrence of needle in haystack nearest to offset `near`, or None (whitespace runs match
    any whitespace run; zero-width spaces, which cleaning may drop, are ignored)."""
    needle = needle.replace("\u200b", "")
    hits = [m.start() for m in re.finditer(re.escape(needle), haystack)]
    if not hits:
        pattern = r"\s+".join(re.escape(w) for w in needle.split())
        hits = [m.start() for m in re.finditer(pattern, haystack)] if pattern else []
        if not hits:
            return None
        ends = {m.start(): m.end() for m in re.finditer(pattern, haystack)}
        best = min(hits, key=lambda h: abs(h - near))
        return best, ends[best]
    best = min(hits, key=lambda h: abs(h - near))
    return best, best + len(needle)


def map_gold(gold, raw, docs):
    """Gold quotes with offsets into documents.text; returns (mapped, unmapped count)."""
    mapped, unmapped = [], []
    for g in gold:
        text = docs.get(g["doc_id"])
        rawtext = raw[g["doc_id"]]
        if text is None:
            unmapped.append(g)
            continue
        scale = len(text) / max(1, len(rawtext))
        q = locate(text, g["quote"], g["begin"] * scale)
        if q is None:
            unmapped.append(g)
            continue
        m = dict(g, begin=q[0], end=q[1])
        if g["speaker"] is not None:
            near = q[0] + (g["speaker_begin"] - g["begin"])
            s = locate(text, g["speaker"], near)
            if s is None:
                m["speaker_begin"] = m["speaker_end"] = None
            else:
                m["speaker_begin"], m["speaker_end"] = s
        mapped.append(m)
    return mapped, unmapped


# ------------------------------------------------------------------ scoring

def coverage(g, p):
    inter = max(0, min(g["end"], p["end"]) - max(g["begin"], p["begin"]))
    return inter / max(1, g["end"] - g["begin"])


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return s


def last_word(name):
    words = re.findall(r"[\w'’-]+", fold(name or ""))
    words = [w for w in words if w not in {"jr", "sr", "ii", "iii"}]
    if not words:
        return None
    w = re.sub(r"['’]s$", "", words[-1])
    return w


def proper_name(ref):
    return bool(ref) and ref[0].isupper() and ref.split()[0] not in {"The", "A", "An", "Some", "Many"}


def score(gold_by_doc, pred_by_doc, names, threshold):
    tp = fp = fn = 0
    spk = spk_strict = 0
    ent = ent_n = ent_named = ent_named_n = 0
    for doc in sorted(set(gold_by_doc) | set(pred_by_doc)):
        golds = gold_by_doc.get(doc, [])
        preds = list(pred_by_doc.get(doc, []))
        taken = [False] * len(preds)
        for g in golds:
            best, best_score = None, threshold
            for i, p in enumerate(preds):
                if taken[i]:
                    continue
                s = coverage(g, p)
                if s > best_score:
                    best, best_score = i, s
            if best is None:
                fn += 1
                continue
            taken[best] = True
            tp += 1
            p = preds[best]
            floating = p["speaker_method"] in FLOATING
            overlap = (g["speaker_begin"] is not None and p["speaker_begin"] is not None
                       and min(g["speaker_end"], p["speaker_end"]) > max(g["speaker_begin"], p["speaker_begin"]))
            if overlap or (g["speaker"] is None and floating):
                spk += 1
            if overlap or (g["speaker"] is None and p["speaker_method"] == "none"):
                spk_strict += 1
            name = names.get(p["speaker_entity_id"]) if p["speaker_entity_id"] else p["speaker"]
            if p["speaker_entity_id"] is None and p["speaker_method"] in ("pronoun",):
                name = None  # an unresolved pronoun names nobody
            ok = name is not None and last_word(name) == last_word(g["reference"])
            ent_n += 1
            ent += ok
            if proper_name(g["reference"]):
                ent_named_n += 1
                ent_named += ok and p["speaker_entity_id"] is not None
        fp += taken.count(False)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return dict(tp=tp, fp=fp, fn=fn, precision=p, recall=r, f1=f1,
                speaker=spk / tp if tp else 0.0, speaker_strict=spk_strict / tp if tp else 0.0,
                entity=ent / ent_n if ent_n else 0.0, entity_named=ent_named / ent_named_n if ent_named_n else 0.0,
                entity_n=ent_n, entity_named_n=ent_named_n)


def load_predictions(output, quotes_jsonl):
    if quotes_jsonl:
        rows = [json.loads(l) for l in open(quotes_jsonl)]
        q = pd.DataFrame(rows)
    else:
        q = table(output, "quotes")
    q = q.astype(object).where(q.notna(), None)
    by_doc = defaultdict(list)
    for r in q.to_dict("records"):
        by_doc[r["doc_id"]].append(r)
    for v in by_doc.values():
        v.sort(key=lambda r: r["quote_idx"])
    return by_doc


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "export":
        return export(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", help="a wirelens output folder of a run on the GGT articles")
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    ap.add_argument("--articles", default=str(DEFAULT_ARTICLES), help="the raw articles (for scaling offsets)")
    ap.add_argument("--quotes", help="score quotes from this JSON Lines file (the Java harness) instead of the output's table")
    ap.add_argument("--by-kind", action="store_true", help="also recall and speaker accuracy on the direct and the indirect gold quotes")
    ap.add_argument("--dump", help="write unmatched gold and predictions at 0.3 to this file (development)")
    args = ap.parse_args()

    gold = [json.loads(l) for l in open(args.gold)]
    raw = {a["id"]: a["text"] for a in map(json.loads, open(args.articles))}
    docs = dict(zip(*table(args.output, "documents")[["doc_id", "text"]].to_dict("list").values()))
    names = dict(zip(*table(args.output, "entities")[["entity_id", "name"]].to_dict("list").values()))
    mapped, unmapped = map_gold(gold, raw, docs)
    preds = load_predictions(args.output, args.quotes)
    preds = {d: v for d, v in preds.items() if d in raw}
    lost = sum(1 for g in mapped if g["speaker"] is not None and g["speaker_begin"] is None)
    print(f"gold quotes {len(gold)}: mapped into documents.text {len(mapped)}, not found {len(unmapped)}; "
          f"speakers not found {lost} of {sum(1 for g in mapped if g['speaker'] is not None)}")
    for u in unmapped:
        print(f"  not found: {u['doc_id']} {u['quote'][:70]!r}")
    print(f"predicted quotes {sum(len(v) for v in preds.values())} in {len(preds)} documents")

    subsets = [("all", mapped)]
    if args.by_kind:
        subsets += [("direct", [g for g in mapped if g["direct"]]), ("indirect", [g for g in mapped if not g["direct"]])]
    for label, gsub in subsets:
        gold_by_doc = defaultdict(list)
        for g in gsub:
            gold_by_doc[g["doc_id"]].append(g)
        for th in (0.3, 0.8):
            s = score(gold_by_doc, preds, names, th)
            if label == "all":
                print(f"{label:8s} @{th}: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
                      f"(TP {s['tp']} FP {s['fp']} FN {s['fn']}) | speaker {s['speaker']:.3f} "
                      f"(strict {s['speaker_strict']:.3f}) | entity {s['entity']:.3f} of {s['entity_n']}, "
                      f"named {s['entity_named']:.3f} of {s['entity_named_n']}")
            else:
                # Predictions are not split by kind, so only recall and the speaker figures mean
                # anything for a subset of the gold.
                print(f"{label:8s} @{th}: R {s['recall']:.3f} (TP {s['tp']} of {s['tp'] + s['fn']}) | "
                      f"speaker {s['speaker']:.3f} | entity {s['entity']:.3f}")
    if args.dump:
        dump(args.dump, mapped, preds, docs)


def dump(path, mapped, preds, docs):
    """Development aid: unmatched gold quotes and predictions, and speaker misses, at 0.3."""
    gold_by_doc = defaultdict(list)
    for g in mapped:
        gold_by_doc[g["doc_id"]].append(g)
    with open(path, "w") as f:
        for doc in sorted(gold_by_doc):
            text = docs[doc]
            ps = list(preds.get(doc, []))
            taken = [False] * len(ps)
            for g in gold_by_doc[doc]:
                best, bs = None, 0.3
                for i, p in enumerate(ps):
                    if not taken[i] and coverage(g, p) > bs:
                        best, bs = i, coverage(g, p)
                ctx = text[max(0, g["begin"] - 100):g["end"] + 60].replace("\n", " | ")
                if best is None:
                    f.write(f"MISS {doc} [{g['quote'][:120]}] spk={g['speaker']!r}\n    ctx: {ctx}\n")
                    continue
                taken[best] = True
                p = ps[best]
                overlap = (g["speaker_begin"] is not None and p["speaker_begin"] is not None
                           and min(g["speaker_end"], p["speaker_end"]) > max(g["speaker_begin"], p["speaker_begin"]))
                if not (overlap or (g["speaker"] is None and p["speaker_method"] in FLOATING)):
                    f.write(f"SPKR {doc} [{g['quote'][:80]}] gold={g['speaker']!r} pred={p['speaker']!r} "
                            f"({p['speaker_method']})\n    ctx: {ctx}\n")
            for i, p in enumerate(ps):
                if not taken[i]:
                    ctx = text[max(0, p["begin"] - 80):p["end"] + 40].replace("\n", " | ")
                    f.write(f"FP   {doc} [{p['text'][:120]}] ({p['kind']}, {p['speaker']!r}, {p['speaker_method']})\n"
                            f"    ctx: {ctx}\n")


def export(argv):
    """Writes one JSON line per document (text, sentences, mentions with entity types and
    descriptors): the input of the Java-only harness (QuoteHarness, test scope)."""
    ap = argparse.ArgumentParser(prog="quote_eval.py export")
    ap.add_argument("output")
    ap.add_argument("--to", required=True)
    args = ap.parse_args(argv)
    docs = table(args.output, "documents")
    sents = table(args.output, "sentences").sort_values(["doc_id", "sentence_idx"])
    ments = table(args.output, "mentions").sort_values(["doc_id", "mention_idx"])
    ents = table(args.output, "entities")[["entity_id", "name", "type"]]
    ments = ments.merge(ents, on="entity_id", how="left")
    s_by = sents.groupby("doc_id")[["begin", "end"]].apply(lambda d: d.values.tolist()).to_dict()
    m_by = defaultdict(list)
    for r in ments.itertuples():
        t = "NORP" if r.mention_type == "NORP" else r.type
        m_by[r.doc_id].append([int(r.begin), int(r.end), r.entity_id, t, r.descriptor if isinstance(r.descriptor, str) else None])
    with open(args.to, "w") as f:
        for r in docs.sort_values("doc_id").itertuples():
            f.write(json.dumps({"doc_id": r.doc_id, "source": r.source, "text": r.text,
                                "sentences": [[int(b), int(e)] for b, e in s_by.get(r.doc_id, [])],
                                "mentions": m_by.get(r.doc_id, [])}) + "\n")
    names = {r.entity_id: r.name for r in ents.itertuples()}
    with open(args.to + ".names.json", "w") as f:
        json.dump(names, f)
    print(f"{len(docs)} documents -> {args.to}")


if __name__ == "__main__":
    main()
