#!/usr/bin/env python3
# ---- README section, the same in make_corpus.py, reuse_eval.py and passim_compare.py (reuse_bench_test.py checks) ----
# ### Text reuse: planted passages and how they are scored
#
# `jobs/make_corpus.py` plants text reuse in the generated corpus and lists every planted passage
# beside it; `jobs/reuse_eval.py` scores the job's `reuse_passages` and `reuse_clusters` (and
# passim's alignments) against that list; `jobs/passim_compare.py` runs wirelens and passim 2.0.1
# on the same corpus, times both and scores both.
#
# **Offsets.** Every span is in UTF-16 code units into `documents.text`, end exclusive. The
# generator writes text the job's cleaning leaves as it is (stripped lines, paragraphs joined by
# one blank line, NFC, only characters of the Basic Multilingual Plane, so passim's code-point
# offsets are the same numbers), runs every article through an emulation of that cleaning and
# stops if the stored text would differ; the scorer checks `documents.text[begin:end]` against
# each planted text again before it scores anything.
#
# **Planted.**
# - *Copies.* 20% of the articles (`--reuse`) copy from one of the 500 previous articles of
#   another outlet, and a quarter of those copy a second time. Each copied paragraph (or sentence)
#   is one copy event with its span in both documents. Kinds of copy action, with their shares and
#   `edits` tags:
#   - unedited, 1-3 paragraphs (20%, `none`);
#   - word edits: substitutions, insertions, deletions at 2-5% of the words of 1-3 paragraphs
#     (20%, `subst=N,ins=N,del=N`);
#   - trimmed: the first or last sentence of 1-2 paragraphs dropped (10%, `trim=first|last`; the
#     source span is the part copied);
#   - reordered: 2-3 consecutive paragraphs set apart in another order, each its own passage
#     (10%, `reorder`);
#   - quote style: straight quotes and apostrophes made curly, or curly made straight (10%,
#     `quotes=curly|straight`);
#   - line breaks: paragraphs re-wrapped with single newlines at 60-75 characters (10%, `rewrap=W`);
#   - hyphenation: "cease-fire" → "ceasefire" (`hyphen=join`), "takeover" → "take-over"
#     (`hyphen=split`), or a word split over a line break, "negoti-\nations" (`hyphen=break`) (10%);
#   - short: one 15-25-word sentence, a quote when the source has one, set inside a paragraph of
#     the copying article (10%, `short`; half of those with quotes change their style).
#
#   Trimmed, reordered, quote, line-break and hyphenation copies get word edits on top 3 times in
#   10 (short ones 15%). A copy of a copy belongs to the group of the original.
# - *Syndication.* One story of 3-6 paragraphs is copied into 3.2% of the corpus (at least
#   min(150, docs/8), at most 1,000: 320 copies at 10k, 1,000 at 100k), and 4-6 stories into 20-100
#   outlets each (fewer in small corpora; at most a third of a corpus is syndicated). Each copy
#   runs in an outlet of its own (generated minor outlets such as "Ashford Gazette"; a tenth of them,
#   at most 33, main outlets), 30 minutes to 4 days after the origin. Edits are light: word edits at 0.5-2% (half
#   the copies), quote style (a quarter), last paragraph dropped (15%, `trim=last_paragraph`),
#   re-wrapped (10%), hyphenation (5%). A quarter put a paragraph of their own before the story; one
#   in five copies an earlier copy, not the origin. The story in one document is one passage.
# - *Boilerplate.* Each of the 36 main outlets has a sign-off paragraph of its own (credits, where
#   to follow it), built from slots (the outlet, people, towns) at most three fixed words apart, so
#   two outlets share a run of words only by chance; no line rule removes it. It ends 60% of the
#   outlet's articles (`--signoff`).
# - *Dates.* `published` is an ISO date-time, a date for 30% of the articles, absent for 1.5%.
#   Copies are later than their sources; two dates without times on the same day are a tie.
#
# **Files** beside the corpus `C`: `C.passages.tsv`, one row per occurrence of a planted group
# (`group_id, kind, role, doc_id, source, published, begin, end, edits, text`; kind `copy`,
# `syndication` or `boilerplate`; role `origin`, `copy`, `carried` (another group's text inside a
# copied paragraph) or `repeat` (boilerplate)); `C.copies.tsv`, one row per copy event
# (`event_id, group_id, kind, from_doc, from_source, from_begin, from_end, to_doc, to_source,
# to_begin, to_end, edits`); `C.planted.tsv` (`copied_from, copied_by, paragraphs`, as before, for
# `jobs/shingle_stats.py`). Text fields escape `\`, tab, newline and CR as `\\`, `\t`, `\n`, `\r`.
#
# **Scored.**
# - *Recall.* A copy event is found when one reported passage between its two documents (either
#   orientation) covers at least half of the planted span on both sides. Reported for all copies,
#   for edited copies (target ≥ 0.95) and per edit kind.
# - *Precision.* A reported passage is right when both its spans overlap occurrences of one planted
#   group in those two documents, boilerplate included (target ≥ 0.95). Also reported: how many are
#   right only through boilerplate, a tight precision (at least half of each span inside that
#   group's occurrences), and false positives with their two texts.
# - *Syndication.* A member of a story is found when it is in the story's cluster (the
#   `reuse_clusters` cluster holding most of its members) or a passage links it to another member,
#   covering half of both story spans. Per story: members found, the share in the largest cluster
#   (target ≥ 0.98) and how many clusters the story is split into.
# - *Boilerplate.* The share of the outlets' sign-off groups whose cluster is flagged
#   `boilerplate`; the share of copy and syndication clusters flagged (errors).
# - *first_doc.* For found events whose documents have different dates, the share of passages that
#   name the earlier one.
# ---- end of README section ----
"""Scores text-reuse output against the reuse planted by jobs/make_corpus.py.

Why: a reuse detector that only finds verbatim copies looks perfect on verbatim copies. The
generator plants the edits editors make to wire copy, syndication to hundreds of outlets and
same-outlet boilerplate, each with its offsets in every document, so this script can say how much
of each a detector finds, how much of what it reports is real, and whether it groups and flags
what it finds. It scores a wirelens output (tables `reuse_passages`, `reuse_clusters`,
`documents`) and/or passim's pairwise alignments (`align.json`), with the same rules:

- Offsets first. Every planted occurrence's text must equal `documents.text[begin:end]` (UTF-16
  offsets). A mismatch means the generator and the job's cleaning disagree: the scores below
  would be wrong, so they are reported first. Documents outside the Basic Multilingual Plane are
  counted (passim's offsets are code points: they equal UTF-16 offsets only inside it).
- Recall of copies. A planted copy event (copies.tsv, kind `copy`) is found when one aligned
  passage between its two documents (either orientation) covers at least half of the planted span
  on both sides. Reported overall, for edited events (any edit), and per edit kind (an event
  counts in each kind it has): none, words (subst/ins/del), trim, reorder, quotes, rewrap, hyphen,
  short.
- Syndication. A member (document) of a syndicated story is found when it is in the story's
  cluster (the `reuse_clusters` cluster holding the most members, a member counting when its row
  overlaps its story span) or when a passage links it to another member, covering at least half
  of the story span on both sides. Copy events of syndication are also scored like copies.
- Precision. A reported passage is right when both its spans overlap (by at least one code
  unit) occurrences of one planted group in those two documents: any kind, boilerplate included
  (how many are boilerplate only is reported). "Tight" also asks that at least half of each span
  lies inside that group's occurrences. Wrong passages are listed with their texts to look at.
- Clusters. Per syndicated story: the share of its members in its largest cluster (target
  >= 0.98), the number of clusters its members' story spans fall in, and how many rows of that
  cluster are not the story (text chained into it).
- Boilerplate flag. The share of boilerplate groups (one sign-off per outlet) whose cluster is
  flagged `boilerplate`, and, per cluster kind (the planted kind most of its rows overlap), the
  share flagged: copy and syndication clusters flagged are errors.
- first_doc, where the passage table has it: for found events whose two dates differ, the share
  that name the earlier document (dates only are compared as dates; same day = a tie, null).

    python3 jobs/reuse_eval.py --corpus target/bench/corpus-2000.jsonl --tables target/bench/out-generated-2000
    python3 jobs/reuse_eval.py --corpus C.jsonl --passim-align WORK/passim/align.json --documents WORK/passim-input.jsonl
    python3 jobs/reuse_eval.py --corpus C.jsonl --tables OUT --passim-align A --json results.json

Needs pandas and pyarrow for Parquet (jobs/test.sh's .venv/ has both; so does the venv
jobs/passim_compare.py makes). Exit status: 0 scored, 2 bad arguments or input.
"""
import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuse_common import LineRules, clean_text, find_tables, is_bmp, load_planted, read_parquet, u16slice  # noqa: E402

TARGET_RECALL = 0.95
TARGET_PRECISION = 0.95
TARGET_COMPLETENESS = 0.98
EDIT_KINDS = ["none", "words", "trim", "reorder", "quotes", "rewrap", "hyphen", "short"]
PASSAGE_COLUMNS = ["doc_a", "begin_a", "end_a", "doc_b", "begin_b", "end_b"]
OPTIONAL_PASSAGE_COLUMNS = ["first_doc", "found_by", "cluster_id"]
CLUSTER_COLUMNS = ["cluster_id", "doc_id", "begin", "end", "boilerplate"]


class InputError(Exception):
    """Input the scorer cannot use; reported as one line, exit status 2."""


# ---------------------------------------------------------------------------------------------
# Inputs

def edit_kinds(edits):
    """The edit kinds of a copies.tsv `edits` field."""
    kinds = set()
    for tag in (edits or "none").split(","):
        name = tag.split("=")[0]
        kinds.add("words" if name in ("subst", "ins", "del") else "trim" if name == "trim" else name)
    return kinds


class Truth:
    """The planted files, indexed for scoring."""

    def __init__(self, corpus):
        try:
            self.occ, self.events = load_planted(corpus)
        except (FileNotFoundError, ValueError) as e:
            raise InputError(str(e))
        self.kind = {}
        self.by_doc = defaultdict(lambda: defaultdict(list))  # doc -> group -> [(begin, end)]
        self.group_occ = defaultdict(list)                     # group -> [(doc, begin, end)]
        self.published = {}
        for o in self.occ:
            self.kind[o["group_id"]] = o["kind"]
            self.by_doc[o["doc_id"]][o["group_id"]].append((o["begin"], o["end"]))
            self.group_occ[o["group_id"]].append((o["doc_id"], o["begin"], o["end"]))
            self.published[o["doc_id"]] = o["published"] or None
        self.stories = {g: {d: (b, e) for d, b, e in occ} for g, occ in self.group_occ.items()
                        if self.kind[g] == "syndication"}
        self.boilerplate = [g for g, k in self.kind.items() if k == "boilerplate"]


def texts_from_tables(tables):
    df = read_parquet(tables / "documents", ["doc_id", "text"])
    return dict(zip(df["doc_id"], df["text"]))


def texts_from_jsonl(path, id_field="id"):
    """Texts of a JSON Lines file of cleaned documents (passim's input: id, series, text)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                out[rec[id_field]] = rec["text"]
    return out


def texts_from_corpus(corpus, rules_path=None):
    """documents.text of a generated corpus, by emulating the job's cleaning (when no job output
    is at hand: the generator checks the same emulation, so this proves nothing about the job)."""
    rules = LineRules(rules_path) if rules_path else LineRules()
    out = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                out[rec["id"]] = clean_text(rec.get("text") or "", rec.get("title"), rules)
    return out


def job_passages(tables):
    """(rows, has_first_doc): reuse_passages as rows (doc_a, begin_a, end_a, doc_b, begin_b, end_b,
    found_by, first_doc)."""
    path = tables / "reuse_passages"
    if not path.is_dir():
        raise InputError(f"{tables}: no reuse_passages table (a job without the reuse stage?)")
    files = sorted(path.rglob("*.parquet"))
    if not files:
        raise InputError(f"{path}: no Parquet files")
    import pyarrow.parquet as pq
    have = set(pq.read_schema(files[0]).names)
    missing = [c for c in PASSAGE_COLUMNS if c not in have]
    if missing:
        raise InputError(f"{path}: columns {missing} missing (has {sorted(have)})")
    cols = PASSAGE_COLUMNS + [c for c in OPTIONAL_PASSAGE_COLUMNS if c in have]
    df = read_parquet(path, cols)
    for c in OPTIONAL_PASSAGE_COLUMNS:
        if c not in df:
            df[c] = None
    df = df.astype(object).where(df.notna(), None)
    return (list(zip(df["doc_a"], df["begin_a"], df["end_a"], df["doc_b"], df["begin_b"], df["end_b"],
                     df["found_by"], df["first_doc"])), "first_doc" in have)


def job_clusters(tables):
    """reuse_clusters member rows (cluster_id, doc_id, begin, end, boilerplate), or None."""
    path = tables / "reuse_clusters"
    if not path.is_dir():
        return None
    df = read_parquet(path, CLUSTER_COLUMNS)
    return list(zip(df["cluster_id"], df["doc_id"], df["begin"], df["end"], df["boilerplate"]))


def passim_passages(align):
    """passim's align.json (a folder of JSON Lines parts) as passage rows. passim's `begin`/`end`
    index the text of `id`, `begin2`/`end2` that of `id2` (Python string offsets)."""
    align = Path(align)
    parts = sorted(align.glob("part-*")) if align.is_dir() else [align]
    if not parts or not parts[0].exists():
        raise InputError(f"{align}: no passim alignments (part-* files) found")
    rows = []
    for part in parts:
        with open(part, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    rows.append((r["id"], r["begin"], r["end"], r["id2"], r["begin2"], r["end2"], "passim", None))
    return rows


# ---------------------------------------------------------------------------------------------
# Scoring

def overlap(b1, e1, b2, e2):
    return max(0, min(e1, e2) - max(b1, b2))


def covers(span, target):
    """Share of target covered by span."""
    return overlap(span[0], span[1], target[0], target[1]) / max(1, target[1] - target[0])


def when(published):
    """(date, datetime or None) of an ISO date or date-time; None when absent or unreadable."""
    if not published:
        return None
    try:
        if len(published) <= 10:
            return dt.date.fromisoformat(published), None
        t = dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
        return t.date(), t
    except ValueError:
        return None


def expected_first(truth, a, b):
    """a, b, None (a tie) or "unknown" (a date missing): which document was published first."""
    wa, wb = when(truth.published.get(a)), when(truth.published.get(b))
    if wa is None or wb is None:
        return "unknown"
    if wa[1] is not None and wb[1] is not None:
        ka, kb = wa[1], wb[1]
    else:
        ka, kb = wa[0], wb[0]
    return a if ka < kb else b if kb < ka else None


def check_offsets(truth, texts, examples):
    checked = mismatched = missing = 0
    bad = []
    for o in truth.occ:
        text = texts.get(o["doc_id"])
        if text is None:
            missing += 1
            continue
        checked += 1
        got = u16slice(text, o["begin"], o["end"])
        if got != o["text"]:
            mismatched += 1
            if len(bad) < examples:
                bad.append({"doc_id": o["doc_id"], "group_id": o["group_id"], "begin": o["begin"], "end": o["end"],
                            "planted": o["text"][:120], "stored": got[:120]})
    return {"checked": checked, "mismatched": mismatched, "missing_docs": missing,
            "docs": len(texts), "docs_outside_bmp": sum(1 for t in texts.values() if not is_bmp(t)),
            "examples": bad}


def index_pairs(passages):
    """Unordered doc pair -> [(span in the smaller id, span in the larger id, row index)]."""
    pairs = defaultdict(list)
    for n, (a, ba, ea, b, bb, eb, *_rest) in enumerate(passages):
        if a <= b:
            pairs[(a, b)].append(((ba, ea), (bb, eb), n))
        else:
            pairs[(b, a)].append(((bb, eb), (ba, ea), n))
    return pairs


def find_event(pairs, a, span_a, b, span_b):
    """Index of a passage covering >= half of span_a in a and of span_b in b, else None."""
    if a > b:
        a, span_a, b, span_b = b, span_b, a, span_a
    for sa, sb, n in pairs.get((a, b), ()):
        if covers(sa, span_a) >= 0.5 and covers(sb, span_b) >= 0.5:
            return n
    return None


def ratio(found, total):
    return {"found": found, "total": total, "recall": round(found / total, 4) if total else None}


def score_recall(truth, passages, pairs, has_first_doc):
    per_kind = {k: [0, 0] for k in EDIT_KINDS}
    copy = [0, 0]
    edited = [0, 0]
    synd = [0, 0]
    first = Counter()
    for e in truth.events:
        n = find_event(pairs, e["from_doc"], (e["from_begin"], e["from_end"]), e["to_doc"], (e["to_begin"], e["to_end"]))
        hit = n is not None
        if hit and has_first_doc:
            exp = expected_first(truth, e["from_doc"], e["to_doc"])
            if exp != "unknown":
                got = passages[n][7]
                first["right" if got == exp else "wrong"] += 1
                first["ties" if exp is None else "ordered"] += 1
        if e["kind"] == "syndication":
            synd[0] += hit
            synd[1] += 1
            continue
        copy[0] += hit
        copy[1] += 1
        kinds = edit_kinds(e["edits"])
        if kinds != {"none"}:
            edited[0] += hit
            edited[1] += 1
        for k in kinds:
            per_kind.setdefault(k, [0, 0])
            per_kind[k][0] += hit
            per_kind[k][1] += 1
    return ({"all": ratio(*copy), "edited": ratio(*edited),
             "by_edit": {k: ratio(*v) for k, v in per_kind.items()},
             "syndication_events": ratio(*synd)}, first)


def score_precision(truth, passages, texts, examples):
    right = wrong = boiler_only = tight = invalid = 0
    by_found = defaultdict(lambda: [0, 0])
    fps = []
    for a, ba, ea, b, bb, eb, found_by, _first in passages:
        ta, tb = texts.get(a), texts.get(b)
        if ta is None or tb is None or not (0 <= ba < ea and 0 <= bb < eb):
            invalid += 1
        ga, gb = truth.by_doc.get(a, {}), truth.by_doc.get(b, {})
        kinds = set()
        is_tight = False
        for g in ga.keys() & gb.keys():
            oa = [s for s in ga[g] if overlap(ba, ea, *s)]
            ob = [s for s in gb[g] if overlap(bb, eb, *s)]
            if oa and ob:
                kinds.add(truth.kind[g])
                inside_a = sum(overlap(ba, ea, *s) for s in oa) / (ea - ba)
                inside_b = sum(overlap(bb, eb, *s) for s in ob) / (eb - bb)
                is_tight = is_tight or (inside_a >= 0.5 and inside_b >= 0.5)
        key = found_by or "all"
        by_found[key][1] += 1
        if kinds:
            right += 1
            by_found[key][0] += 1
            boiler_only += kinds == {"boilerplate"}
            tight += is_tight
        else:
            wrong += 1
            if len(fps) < examples:
                fps.append({"doc_a": a, "span_a": [ba, ea], "doc_b": b, "span_b": [bb, eb], "found_by": found_by,
                            "text_a": u16slice(ta, ba, ea)[:300] if ta else None,
                            "text_b": u16slice(tb, bb, eb)[:300] if tb else None})
    n = right + wrong
    return {"passages": n, "right": right, "wrong": wrong, "precision": round(right / n, 4) if n else None,
            "boilerplate_only": boiler_only, "tight": tight, "tight_precision": round(tight / n, 4) if n else None,
            "invalid_rows": invalid,
            "by_found_by": {k: {"right": v[0], "passages": v[1], "precision": round(v[0] / v[1], 4)}
                            for k, v in sorted(by_found.items())},
            "false_positive_examples": fps}


class ClusterIndex:
    """Cluster member rows per document, to find which clusters overlap a planted span."""

    def __init__(self, clusters):
        self.by_doc = defaultdict(list)
        self.flag = defaultdict(bool)
        self.rows = defaultdict(int)
        for cid, doc, b, e, boiler in clusters:
            self.by_doc[doc].append((b, e, cid))
            self.flag[cid] = self.flag[cid] or bool(boiler)
            self.rows[cid] += 1

    def at(self, doc, b, e):
        return {cid for cb, ce, cid in self.by_doc.get(doc, ()) if overlap(cb, ce, b, e)}


def main_cluster(cidx, occurrences):
    """(cluster holding the most of these (doc, begin, end) occurrences, how many, clusters touched)."""
    counts = Counter()
    for doc, b, e in occurrences:
        for cid in cidx.at(doc, b, e):
            counts[cid] += 1
    if not counts:
        return None, 0, 0
    cid, n = counts.most_common(1)[0]
    return cid, n, len(counts)


def score_syndication(truth, passages, cidx):
    story_of = {d: g for g, members in truth.stories.items() for d in members}
    linked = defaultdict(set)
    for a, ba, ea, b, bb, eb, *_rest in passages:
        g = story_of.get(a)
        if g is not None and a != b and story_of.get(b) == g:
            members = truth.stories[g]
            if covers((ba, ea), members[a]) >= 0.5 and covers((bb, eb), members[b]) >= 0.5:
                linked[g].update((a, b))
    stories = []
    for g, members in sorted(truth.stories.items()):
        docs = sorted(members)
        cid, in_main, n_clusters = main_cluster(cidx, [(d, *members[d]) for d in docs]) if cidx else (None, 0, 0)
        by_cluster = {d for d in docs if cid is not None and cid in cidx.at(d, *members[d])}
        # Rows of the story's cluster that are not a member's story: other text chained in.
        own_rows = sum(1 for d in by_cluster for b, e, c in cidx.by_doc[d] if c == cid and overlap(b, e, *members[d]))
        by_pair = linked[g]
        found = by_cluster | by_pair
        n = len(docs)
        stories.append({"group_id": g, "members": n, "found": len(found), "recall": round(len(found) / n, 4),
                        "found_by_cluster": len(by_cluster), "found_by_pair": len(by_pair),
                        "largest_cluster_members": in_main,
                        "completeness": round(in_main / n, 4) if cidx else None,
                        "clusters": n_clusters if cidx else None,
                        "cluster_other_rows": cidx.rows[cid] - own_rows if cid is not None else None,
                        "complete": (in_main / n >= TARGET_COMPLETENESS) if cidx else None})
    total = sum(s["members"] for s in stories)
    found = sum(s["found"] for s in stories)
    return {"members": ratio(found, total), "stories": stories}


def score_boilerplate(truth, cidx):
    groups = flagged = with_cluster = 0
    for g in truth.boilerplate:
        groups += 1
        cid, n, _ = main_cluster(cidx, truth.group_occ[g])
        if cid is not None:
            with_cluster += 1
            flagged += cidx.flag[cid]
    # Each cluster's planted kind: the kind most of its member rows overlap.
    kind_votes = defaultdict(Counter)
    for doc, rows in cidx.by_doc.items():
        groups_here = truth.by_doc.get(doc, {})
        for b, e, cid in rows:
            ks = {truth.kind[g] for g, spans in groups_here.items() if any(overlap(b, e, *s) for s in spans)}
            for k in ks or {"unplanted"}:
                kind_votes[cid][k] += 1
    by_kind = defaultdict(lambda: [0, 0])
    for cid, votes in kind_votes.items():
        k = votes.most_common(1)[0][0]
        by_kind[k][0] += cidx.flag[cid]
        by_kind[k][1] += 1
    wrong = sum(by_kind[k][0] for k in ("copy", "syndication"))
    clusters = sum(by_kind[k][1] for k in ("copy", "syndication"))
    return {"groups": groups, "groups_with_cluster": with_cluster, "groups_flagged": flagged,
            "flagged_share": round(flagged / groups, 4) if groups else None,
            "reuse_clusters": clusters, "reuse_clusters_flagged": wrong,
            "wrongly_flagged_share": round(wrong / clusters, 4) if clusters else None,
            "clusters_by_kind": {k: {"clusters": v[1], "flagged": v[0]} for k, v in sorted(by_kind.items())}}


def evaluate(truth, texts, passages, clusters=None, examples=5, has_first_doc=False):
    """All scores of one system as a dict (see the module docstring for the rules). passages:
    rows (doc_a, begin_a, end_a, doc_b, begin_b, end_b, found_by, first_doc); clusters: member
    rows (cluster_id, doc_id, begin, end, boilerplate) or None for a system without clusters."""
    pairs = index_pairs(passages)
    recall, first = score_recall(truth, passages, pairs, has_first_doc)
    cidx = ClusterIndex(clusters) if clusters is not None else None
    out = {"offsets": check_offsets(truth, texts, examples),
           "recall": recall,
           "syndication": score_syndication(truth, passages, cidx),
           "precision": score_precision(truth, passages, texts, examples),
           "boilerplate": score_boilerplate(truth, cidx) if cidx else None,
           "first_doc": ({"checked": first["right"] + first["wrong"], "right": first["right"],
                          "accuracy": round(first["right"] / (first["right"] + first["wrong"]), 4),
                          "ties": first["ties"]} if first["right"] + first["wrong"] else None),
           "clusters": len(cidx.rows) if cidx else None}
    stories = out["syndication"]["stories"]
    out["targets"] = {
        "recall_edited": _meets(recall["edited"]["recall"], TARGET_RECALL),
        "precision": _meets(out["precision"]["precision"], TARGET_PRECISION),
        "stories_complete": (all(s["complete"] for s in stories) if cidx and stories else None),
    }
    return out


def _meets(value, target):
    return None if value is None else value >= target


# ---------------------------------------------------------------------------------------------
# Report

def _pct(r, key="recall"):
    if r is None or r.get(key) is None:
        return "n/a"
    if "total" in r:
        return f"{r[key]:.3f} ({r['found']}/{r['total']})"
    return f"{r[key]:.3f}"


def report(results, extra=None):
    """A compact side-by-side table: one column per system."""
    names = list(results)
    rows = []
    extra = extra or {}

    def row(label, fn):
        vals = []
        for n in names:
            try:
                vals.append(fn(results[n]))
            except (KeyError, TypeError, AttributeError):
                vals.append("n/a")
        rows.append([label] + vals)

    for label, fn in extra.items():
        row(label, fn)
    row("offsets checked / mismatched", lambda r: f"{r['offsets']['checked']} / {r['offsets']['mismatched']}"
        + (f" ({r['offsets']['missing_docs']} in missing docs)" if r["offsets"]["missing_docs"] else ""))
    row("docs outside the BMP", lambda r: str(r["offsets"]["docs_outside_bmp"]))
    row("recall, all copies", lambda r: _pct(r["recall"]["all"]))
    row("recall, edited copies", lambda r: _pct(r["recall"]["edited"]))
    first = next(iter(results.values()))
    for k in first["recall"]["by_edit"]:
        row(f"  {k}", lambda r, k=k: _pct(r["recall"]["by_edit"].get(k)))
    row("syndication members found", lambda r: _pct(r["syndication"]["members"]))
    row("syndication copy events found", lambda r: _pct(r["recall"]["syndication_events"]))
    for i, s in enumerate(first["syndication"]["stories"]):
        row(f"  story {s['group_id']} ({s['members']} docs): found / in largest cluster / clusters / other rows",
            lambda r, i=i: (lambda s: f"{s['recall']:.3f} / "
                            + (f"{s['completeness']:.3f} / {s['clusters']} / {s['cluster_other_rows']}"
                               if s["completeness"] is not None else "n/a"))(r["syndication"]["stories"][i]))
    row("precision (passages)", lambda r: f"{_pct(r['precision'], 'precision')} of {r['precision']['passages']} "
        f"({r['precision']['wrong']} wrong)")
    row("  boilerplate-only right", lambda r: str(r["precision"]["boilerplate_only"]))
    row("  tight precision", lambda r: _pct(r["precision"], "tight_precision"))
    row("  invalid rows", lambda r: str(r["precision"]["invalid_rows"]))
    row("boilerplate groups flagged", lambda r: f"{r['boilerplate']['flagged_share']:.3f} "
        f"({r['boilerplate']['groups_flagged']}/{r['boilerplate']['groups']})")
    row("reuse clusters wrongly flagged", lambda r: f"{r['boilerplate']['wrongly_flagged_share']:.3f} "
        f"({r['boilerplate']['reuse_clusters_flagged']}/{r['boilerplate']['reuse_clusters']})")
    row("first_doc right", lambda r: f"{r['first_doc']['accuracy']:.3f} of {r['first_doc']['checked']}")
    row("targets: recall edited >= 0.95", lambda r: str(r["targets"]["recall_edited"]))
    row("targets: precision >= 0.95", lambda r: str(r["targets"]["precision"]))
    row("targets: stories >= 0.98 in one cluster", lambda r: str(r["targets"]["stories_complete"]))
    widths = [max(len(str(r[i])) for r in rows + [["metric"] + names]) for i in range(len(names) + 1)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(["metric"] + names, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)) for r in rows]
    for n in names:
        r = results[n]
        for ex in r["offsets"]["examples"]:
            lines.append(f"{n}: offset mismatch {ex}")
        for ex in r["precision"]["false_positive_examples"]:
            lines.append(f"{n}: false positive {ex['doc_a']} {ex['span_a']} / {ex['doc_b']} {ex['span_b']} "
                         f"({ex['found_by']})\n    a: {ex['text_a']!r}\n    b: {ex['text_b']!r}")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True,
                    help="the generated corpus (.jsonl); its planted files <corpus>.passages.tsv and "
                         "<corpus>.copies.tsv are read")
    ap.add_argument("--tables", help="a wirelens output: the folder holding the table folders "
                                     "(OUTPUT or OUTPUT/runs/<id>; see reuse_common.find_tables)")
    ap.add_argument("--passim-align", help="passim's align.json folder, scored as a second system")
    ap.add_argument("--documents",
                    help="JSON Lines of the cleaned documents (id, text) that passim read; default: "
                         "documents of --tables, else the corpus cleaned by the job's rules emulated")
    ap.add_argument("--examples", type=int, default=5, help="false positives and offset mismatches listed (default: %(default)s)")
    ap.add_argument("--json", help="also write all results as JSON to this file")
    args = ap.parse_args()
    if not args.tables and not args.passim_align:
        ap.error("give --tables (a wirelens output), --passim-align, or both")
    try:
        truth = Truth(args.corpus)
        results = {}
        tables = find_tables(args.tables) if args.tables else None
        job_texts = texts_from_tables(tables) if tables else None
        if tables:
            rows, has_first = job_passages(tables)
            results["wirelens"] = evaluate(truth, job_texts, rows, job_clusters(tables), args.examples, has_first)
        if args.passim_align:
            texts = (texts_from_jsonl(args.documents) if args.documents
                     else job_texts if job_texts is not None else texts_from_corpus(args.corpus))
            results["passim"] = evaluate(truth, texts, passim_passages(args.passim_align), None, args.examples)
    except (InputError, FileNotFoundError, ValueError) as e:
        print(f"reuse_eval: {e}", file=sys.stderr)
        return 2
    print(report(results))
    if args.json:
        Path(args.json).write_text(json.dumps({"corpus": args.corpus, "systems": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
