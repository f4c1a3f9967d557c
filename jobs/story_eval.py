#!/usr/bin/env python3
"""Scores wirelens stories (issue 20) on the two development sets in ../shared/corpus/, beside a
TF-IDF baseline on each.

    python3 jobs/story_eval.py input ecbplus --to /tmp/stories/ecbplus.jsonl     # the job's input
    python3 jobs/story_eval.py input semeval --to /tmp/stories/semeval-en.jsonl
    jobs/run-local.sh --input /tmp/stories/ecbplus.jsonl --output /tmp/st-ecbplus
    jobs/run-local.sh --input /tmp/stories/semeval-en.jsonl --output /tmp/st-semeval
    python3 jobs/story_eval.py ecbplus /tmp/st-ecbplus [--gold ../shared/corpus/ecbplus-dev/documents.jsonl]
    python3 jobs/story_eval.py semeval /tmp/st-semeval [--pairs ../shared/corpus/semeval2022-train/pairs.jsonl]
    python3 jobs/story_eval.py ecbplus        # without OUTPUT: the baseline alone (also for semeval)

Add `--json FILE` to either to write its figures as JSON (for a benchmark), `--no-baseline` to skip
the baseline. Needs pandas and pyarrow; the ECB+ baseline needs scipy (and numpy) too.

**Input.** `input` writes JSON Lines the job reads (`--format jsonl`): `id`, `source` "unknown" and
`text`, nothing else: no `published` (both sets are undated), no `title`, no outlet. ECB+: every
document of `documents.jsonl`, in file order. SemEval: the articles of the English pairs
(`lang1 == lang2 == "en"`), each article id once, in order of first appearance (161 pairs, 321
articles); which pairs are which is read again from `pairs.jsonl` when scoring. The job keeps a
JSON record's `id` as `documents.doc_id` verbatim (JsonRecordParser maps the key `id` to `doc_id`,
CorpusReader and IngestStage pass it through), so the scores join on it directly.

**ECB+** (`ecbplus-dev/`: 535 undated articles, 23 topics, each topic two different events of the
same kind, 46 gold stories). The job's `story_members` (`doc_id`, `story_id`) against the gold
`story`, B-cubed over documents (Bagga and Baldwin 1998): for each gold document, precision = the
share of its predicted story that is in its gold story, recall = the share of its gold story that
is in its predicted story; P and R are the means over documents and F1 their harmonic mean. A gold
document missing from `story_members` (rejected, say) counts as a story of its own, and is
reported; rows for documents not in the gold are ignored. Also reported: predicted stories vs 46
and the largest predicted stories with their gold composition. Anchor (the README, held-out
topics): the baseline reaches B-cubed F1 of about 0.89; the issue's target for the job is 0.92.

**SemEval** (`semeval2022-train/`, English pairs: 161, on 321 articles). A pair is predicted the
same story when both articles have one `story_id`; precision, recall and F1 of that on the pairs
rated `Overall` <= 1.5 (same, 36) or >= 2.5 (different, 105); the pairs in between are left out.
The Pearson correlation of the job's same-story score with `Overall` over all 161 pairs: the score
is `story_pairs.score` (a double in [0, 1], `doc_a` < `doc_b`), 0 for a pair the job never
compared. Since `Overall` is 1 for the same story and 4 for very different ones, a good score
correlates negatively; the sign is printed as it comes. Anchors (the README): TF-IDF cosine alone
correlates with `Overall` at about 0.70 in magnitude on the English pairs; the task's winner
reached Pearson 0.818 on the official evaluation set (all languages). The issue's target for the
job: F1 >= 0.85.

**Baselines.** Tokens are lowercased runs of letters and digits (`[^\\W_]+`) of two characters or
more, minus a hand-written list of about 120 English function words (STOP_WORDS below); tf is
sublinear (1 + ln tf; `--tf raw` for counts), idf = ln((1 + N) / (1 + df)) + 1 (smoothed, as
scikit-learn's), vectors L2-normalised, fitted on the set's own texts (the 535 ECB+ documents; the
321 English SemEval articles). ECB+: average-linkage agglomerative clustering
(scipy.cluster.hierarchy, method 'average') on the distance 1 - cosine, cut at each distance
threshold 0.05, 0.06, .. 0.95 (fcluster, criterion 'distance'); the best B-cubed F1 and its
threshold are reported: an oracle, the threshold is chosen on the gold itself. SemEval: the cosine
of the two texts; its Pearson with `Overall` over all English pairs, and its F1 on the labelled
pairs at the best cosine threshold of 0.05 .. 0.95 (same story when cosine >= threshold; again an
oracle).

These sets are measuring sticks: nothing here is written from their sentences, and their texts are
read from ../shared/corpus/, never copied into the repository.
"""
import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "notebooks"))
import wirelens_tables as wl  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_GOLD = CORPUS / "ecbplus-dev" / "documents.jsonl"
DEFAULT_PAIRS = CORPUS / "semeval2022-train" / "pairs.jsonl"
GOLD_STORIES = 46
SAME_MAX = 1.5  # Overall <= 1.5: the same story
DIFF_MIN = 2.5  # Overall >= 2.5: different stories
THRESHOLDS = [round(0.05 + 0.01 * i, 2) for i in range(91)]  # 0.05 .. 0.95

# English function words (articles, pronouns, auxiliaries, prepositions, conjunctions, a few
# adverbs), written by hand; none comes from the development sets.
STOP_WORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves also its may might must shall upon whether yet
""".split())


# ------------------------------------------------------------------ scores (pure Python)

def f1(p, r):
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def bcubed(gold, pred):
    """B-cubed precision, recall and F1 over the items of `gold` (item -> gold label), `pred` giving
    item -> predicted label. An item of gold that pred lacks is a cluster of its own; items of pred
    not in gold are ignored. Returns (precision, recall, f1)."""
    if not gold:
        raise ValueError("no gold items")
    missing = object()
    labels = {i: (pred[i] if i in pred else (missing, i)) for i in gold}
    cell = Counter((labels[i], gold[i]) for i in gold)
    n_pred = Counter(labels.values())
    n_gold = Counter(gold.values())
    n = len(gold)
    p = sum(c * c / n_pred[k] for (k, _), c in cell.items()) / n
    r = sum(c * c / n_gold[g] for (_, g), c in cell.items()) / n
    return p, r, f1(p, r)


def pair_scores(gold_same, pred_same):
    """Precision, recall, F1 of predicted same-story pairs: two parallel sequences of booleans (gold
    says same, prediction says same). A dict with tp, fp, fn, tn, precision, recall, f1."""
    gold_same, pred_same = list(gold_same), list(pred_same)
    if len(gold_same) != len(pred_same):
        raise ValueError("gold and predictions differ in length")
    tp = sum(1 for g, p in zip(gold_same, pred_same) if g and p)
    fp = sum(1 for g, p in zip(gold_same, pred_same) if not g and p)
    fn = sum(1 for g, p in zip(gold_same, pred_same) if g and not p)
    tn = len(gold_same) - tp - fp - fn
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": prec, "recall": rec, "f1": f1(prec, rec)}


def pearson(xs, ys):
    """Pearson's r of two equal-length sequences, or None when either is constant (undefined)."""
    xs, ys = [float(x) for x in xs], [float(y) for y in ys]
    if len(xs) != len(ys):
        raise ValueError("sequences differ in length")
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def best_threshold(scan):
    """The (threshold, figures) of a scan with the highest f1; the lowest threshold on a tie."""
    return max(scan, key=lambda tf: (tf[1]["f1"], -tf[0]))


# ------------------------------------------------------------------ TF-IDF baseline

TOKEN = re.compile(r"[^\W_]+")


def tokens(text):
    return [t for t in TOKEN.findall(text.lower()) if len(t) > 1 and t not in STOP_WORDS]


def tfidf(texts, sublinear=True):
    """L2-normalised TF-IDF vectors (dicts term -> weight) of `texts`, fitted on them."""
    counts = [Counter(tokens(t)) for t in texts]
    df = Counter(term for c in counts for term in c)
    n = len(texts)
    idf = {term: math.log((1 + n) / (1 + d)) + 1 for term, d in df.items()}
    vectors = []
    for c in counts:
        v = {term: (1 + math.log(tf) if sublinear else tf) * idf[term] for term, tf in c.items()}
        norm = math.sqrt(sum(w * w for w in v.values()))
        vectors.append({term: w / norm for term, w in v.items()} if norm else {})
    return vectors


def cosine(a, b):
    """Cosine of two L2-normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(term, 0.0) for term, w in a.items())


def average_linkage_scan(vectors, items, gold, thresholds=THRESHOLDS):
    """Average-linkage clustering of `vectors` (one per item) on 1 - cosine, cut at each distance
    threshold: [(threshold, {precision, recall, f1, clusters})] by B-cubed against gold."""
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.sparse import csr_matrix
    from scipy.spatial.distance import squareform

    vocab = {}
    rows, cols, vals = [], [], []
    for i, v in enumerate(vectors):
        for term, w in v.items():
            rows.append(i)
            cols.append(vocab.setdefault(term, len(vocab)))
            vals.append(w)
    x = csr_matrix((vals, (rows, cols)), shape=(len(vectors), max(1, len(vocab))))
    dist = 1.0 - (x @ x.T).toarray()
    np.clip(dist, 0.0, 2.0, out=dist)
    np.fill_diagonal(dist, 0.0)
    z = linkage(squareform(dist, checks=False), method="average")
    scan = []
    for t in thresholds:
        labels = fcluster(z, t, criterion="distance")
        p, r, f = bcubed(gold, dict(zip(items, labels.tolist())))
        scan.append((t, {"precision": p, "recall": r, "f1": f, "clusters": int(len(set(labels.tolist())))}))
    return scan


# ------------------------------------------------------------------ the sets

def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def english_pairs(pairs_path):
    return [p for p in read_jsonl(pairs_path) if p["lang1"] == "en" and p["lang2"] == "en"]


def english_articles(pairs):
    """id -> text of the articles of the pairs, each id once, in order of first appearance."""
    articles = {}
    for p in pairs:
        for side in ("1", "2"):
            i, text = str(p["id" + side]), p["text" + side]
            if articles.setdefault(i, text) != text:
                raise SystemExit(f"article {i} has two different texts in the pairs")
    return articles


def write_input(which, to, gold=DEFAULT_GOLD, pairs=DEFAULT_PAIRS):
    """The job's JSON Lines input for one set; returns the number of records."""
    if which == "ecbplus":
        records = [(str(d["id"]), d["text"]) for d in read_jsonl(gold)]
    else:
        records = list(english_articles(english_pairs(pairs)).items())
    ids = [i for i, _ in records]
    if len(set(ids)) != len(ids):
        raise SystemExit(f"{which}: duplicate ids in the set")
    to = Path(to)
    to.parent.mkdir(parents=True, exist_ok=True)
    with open(to, "w", encoding="utf-8") as f:
        for i, text in records:
            f.write(json.dumps({"id": i, "source": "unknown", "text": text}, ensure_ascii=False) + "\n")
    return len(records)


def story_members(output):
    """doc_id -> story_id (both as strings) from the output's story_members, with the number of
    documents that had more than one row (each document should be in exactly one story)."""
    if not wl.table_path(output, "story_members").exists():
        raise SystemExit(f"{output}: no story_members table in its current version")
    df = wl.read_pandas(output, "story_members", columns=["doc_id", "story_id"])
    stories, multi = {}, set()
    for doc, story in zip(df["doc_id"].astype(str), df["story_id"].astype(str)):
        if stories.setdefault(doc, story) != story:
            multi.add(doc)
    return stories, len(multi)


def story_pair_scores(output, table="story_pairs"):
    """(doc_a, doc_b) sorted -> score from the output's story_pairs (the highest if a pair has
    several rows), or None when the output has no such table."""
    if not wl.table_path(output, table).exists():
        return None
    df = wl.read_pandas(output, table, columns=["doc_a", "doc_b", "score"])
    scores = {}
    for a, b, s in zip(df["doc_a"].astype(str), df["doc_b"].astype(str), df["score"]):
        key = tuple(sorted((a, b)))
        s = float(s)
        scores[key] = max(s, scores.get(key, s))
    return scores


def composition(members, gold):
    """Predicted stories, largest first: [(story_id, size, Counter of gold stories)] over gold docs."""
    by_story = defaultdict(list)
    for doc, g in gold.items():
        by_story[members.get(doc, "(missing) " + doc)].append(g)
    out = [(s, len(gs), Counter(gs)) for s, gs in by_story.items()]
    return sorted(out, key=lambda t: (-t[1], t[0]))


def score_ecbplus(output, gold_path=DEFAULT_GOLD, baseline=True, top=10, sublinear=True):
    docs = read_jsonl(gold_path)
    gold = {str(d["id"]): d["story"] for d in docs}
    result = {"set": "ecbplus-dev", "documents": len(gold), "gold_stories": len(set(gold.values()))}
    if output is not None:
        members, multi = story_members(output)
        p, r, f = bcubed(gold, members)
        comp = composition(members, gold)
        result["job"] = {
            "precision": p, "recall": r, "f1": f,
            "stories": len(comp),
            "singleton_stories": sum(1 for _, n, _ in comp if n == 1),
            "missing_documents": sum(1 for d in gold if d not in members),
            "extra_documents": sum(1 for d in members if d not in gold),
            "documents_in_several_stories": multi,
            "largest": [{"story_id": s, "documents": n, "gold": dict(c.most_common())} for s, n, c in comp[:top]],
        }
    if baseline:
        items = list(gold)
        vectors = tfidf([d["text"] for d in docs], sublinear=sublinear)
        scan = average_linkage_scan(vectors, items, gold)
        t, best = best_threshold(scan)
        result["baseline"] = {"method": "tfidf-average-linkage", "tf": "sublinear" if sublinear else "raw",
                              "best_distance_threshold": t, **best,
                              "scan": [{"threshold": th, **fig} for th, fig in scan]}
    return result


def score_semeval(output, pairs_path=DEFAULT_PAIRS, baseline=True, sublinear=True, table="story_pairs"):
    pairs = english_pairs(pairs_path)
    ids = [(str(p["id1"]), str(p["id2"])) for p in pairs]
    overall = [float(p["Overall"]) for p in pairs]
    labelled = [k for k, o in enumerate(overall) if o <= SAME_MAX or o >= DIFF_MIN]
    gold_same = [overall[k] <= SAME_MAX for k in labelled]
    articles = english_articles(pairs)
    result = {"set": "semeval2022-train-en", "pairs": len(pairs), "articles": len(articles),
              "labelled_pairs": len(labelled), "same_pairs": sum(gold_same),
              "different_pairs": len(gold_same) - sum(gold_same)}
    if output is not None:
        members, multi = story_members(output)
        same = [a in members and b in members and members[a] == members[b] for a, b in ids]
        job = pair_scores(gold_same, [same[k] for k in labelled])
        job["missing_articles"] = sum(1 for i in articles if i not in members)
        job["documents_in_several_stories"] = multi
        job["pearson_same_story_id"] = pearson([1.0 if s else 0.0 for s in same], overall)
        scores = story_pair_scores(output, table)
        if scores is None:
            job["pearson_score"] = None
            job["score_table"] = f"{table}: not in the output"
        else:
            xs = [scores.get(tuple(sorted(k)), 0.0) for k in ids]
            job["pearson_score"] = pearson(xs, overall)
            job["pairs_compared"] = sum(1 for k in ids if tuple(sorted(k)) in scores)
            job["score_table"] = table
        job["stories"] = len({members.get(i, "(missing) " + i) for i in articles})
        result["job"] = job
    if baseline:
        order = list(articles)
        vec = dict(zip(order, tfidf([articles[i] for i in order], sublinear=sublinear)))
        cos = [cosine(vec[a], vec[b]) for a, b in ids]
        scan = [(t, pair_scores(gold_same, [cos[k] >= t for k in labelled])) for t in THRESHOLDS]
        t, best = best_threshold(scan)
        result["baseline"] = {"method": "tfidf-cosine", "tf": "sublinear" if sublinear else "raw",
                              "pearson": pearson(cos, overall), "best_cosine_threshold": t, **best}
    return result


# ------------------------------------------------------------------ printing

def fmt(x, digits=3):
    return "n/a" if x is None else f"{x:.{digits}f}"


def print_ecbplus(res):
    print(f"ECB+ dev: {res['documents']} documents, {res['gold_stories']} gold stories")
    job = res.get("job")
    if job:
        print(f"  job      B-cubed P {fmt(job['precision'])}  R {fmt(job['recall'])}  F1 {fmt(job['f1'])}"
              f"   ({job['stories']} stories vs {res['gold_stories']} gold; {job['singleton_stories']} of one document)")
        if job["missing_documents"] or job["extra_documents"] or job["documents_in_several_stories"]:
            print(f"  warning: {job['missing_documents']} gold documents not in story_members (scored as stories of"
                  f" their own), {job['extra_documents']} rows of other documents ignored,"
                  f" {job['documents_in_several_stories']} documents in several stories (first row kept)")
        print("  largest predicted stories (documents: gold composition)")
        for s in job["largest"]:
            parts = list(s["gold"].items())
            gold = ", ".join(f"{g} {n}" for g, n in parts[:6]) + (f", +{len(parts) - 6} more" if len(parts) > 6 else "")
            print(f"    {s['documents']:4d}  {s['story_id'][:40]:40s}  {gold}")
    base = res.get("baseline")
    if base:
        print(f"  baseline B-cubed P {fmt(base['precision'])}  R {fmt(base['recall'])}  F1 {fmt(base['f1'])}"
              f"   (TF-IDF {base['tf']} tf, average linkage, oracle distance threshold {base['best_distance_threshold']:.2f}"
              f" = cosine {1 - base['best_distance_threshold']:.2f}; {base['clusters']} clusters)")
    print("  anchors: baseline about 0.89 on held-out topics; target for the job >= 0.92")


def print_semeval(res):
    print(f"SemEval-2022 train, English: {res['pairs']} pairs of {res['articles']} articles;"
          f" labelled {res['labelled_pairs']} (same {res['same_pairs']}, different {res['different_pairs']})")
    job = res.get("job")
    if job:
        print(f"  job      same story id: P {fmt(job['precision'])}  R {fmt(job['recall'])}  F1 {fmt(job['f1'])}"
              f"   (tp {job['tp']} fp {job['fp']} fn {job['fn']} tn {job['tn']}; {job['stories']} stories)")
        r = job["pearson_score"]
        mag = "n/a" if r is None else f"{abs(r):.3f}"
        detail = (f"{job['pairs_compared']} of {res['pairs']} pairs compared" if "pairs_compared" in job
                  else job["score_table"])
        print(f"           Pearson of {job['score_table'].split(':')[0]}.score with Overall {fmt(r)}"
              f" (magnitude {mag}; {detail}); of the same-story-id indicator {fmt(job['pearson_same_story_id'])}")
        if job["missing_articles"] or job["documents_in_several_stories"]:
            print(f"  warning: {job['missing_articles']} articles not in story_members (each its own story),"
                  f" {job['documents_in_several_stories']} in several stories (first row kept)")
    base = res.get("baseline")
    if base:
        print(f"  baseline TF-IDF cosine ({base['tf']} tf): Pearson with Overall {fmt(base['pearson'])}"
              f" (magnitude {fmt(abs(base['pearson']) if base['pearson'] is not None else None)});"
              f" oracle threshold cosine >= {base['best_cosine_threshold']:.2f}:"
              f" P {fmt(base['precision'])}  R {fmt(base['recall'])}  F1 {fmt(base['f1'])}")
    print("  anchors: TF-IDF cosine |Pearson| about 0.70 on the English pairs; winner 0.818 (all languages,"
          " official test set); target for the job F1 >= 0.85")


def write_json(path, res):
    if path:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    inp = sub.add_parser("input", help="write the job's JSON Lines input for a set")
    inp.add_argument("which", choices=["ecbplus", "semeval"])
    inp.add_argument("--to", required=True, help="JSON Lines file to write")
    inp.add_argument("--gold", default=str(DEFAULT_GOLD), help="ECB+ documents.jsonl")
    inp.add_argument("--pairs", default=str(DEFAULT_PAIRS), help="SemEval pairs.jsonl")
    for name, extra in (("ecbplus", ("--gold", DEFAULT_GOLD, "ECB+ documents.jsonl (default: %(default)s)")),
                        ("semeval", ("--pairs", DEFAULT_PAIRS, "SemEval pairs.jsonl (default: %(default)s)"))):
        p = sub.add_parser(name, help=f"score a wirelens output on {name}")
        p.add_argument("output", nargs="?", help="wirelens output folder (none: the baseline alone)")
        p.add_argument(extra[0], default=str(extra[1]), help=extra[2])
        p.add_argument("--json", help="also write the figures to this JSON file")
        p.add_argument("--no-baseline", action="store_true", help="skip the TF-IDF baseline")
        p.add_argument("--tf", choices=["sublinear", "raw"], default="sublinear", help="baseline tf (default: %(default)s)")
        if name == "ecbplus":
            p.add_argument("--top", type=int, default=10, help="largest stories shown (default: %(default)s)")
        else:
            p.add_argument("--score-table", default="story_pairs", help="table of same-story scores (default: %(default)s)")
    args = ap.parse_args(argv)
    if args.command == "input":
        n = write_input(args.which, args.to, gold=args.gold, pairs=args.pairs)
        print(f"{args.to}: {n} records (id, source 'unknown', text; undated)")
        return 0
    if args.output is None and args.no_baseline:
        ap.error("nothing to do: no OUTPUT and --no-baseline")
    sublinear = args.tf == "sublinear"
    if args.command == "ecbplus":
        res = score_ecbplus(args.output, args.gold, baseline=not args.no_baseline, top=args.top, sublinear=sublinear)
        print_ecbplus(res)
    else:
        res = score_semeval(args.output, args.pairs, baseline=not args.no_baseline, sublinear=sublinear,
                            table=args.score_table)
        print_semeval(res)
    write_json(args.json, res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
