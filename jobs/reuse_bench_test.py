#!/usr/bin/env python3
"""Tests of the text-reuse benchmark tooling: make_corpus.py, reuse_eval.py, reuse_common.py.

Why they exist: the scorer is what will judge the job's reuse tables, so it must itself be right
on outputs whose scores are known. These tests generate a small corpus, build wirelens-shaped
`reuse_passages`, `reuse_clusters` and `documents` Parquet tables from its planted truth (perfect,
then damaged in known ways) and check every figure the scorer gives; and they check the
generator's offsets, determinism and scaling, the UTF-16 helpers and the cleaning emulation.

    .venv/bin/python jobs/reuse_bench_test.py        # or: python -m pytest jobs/reuse_bench_test.py
Needs pandas and pyarrow.
"""
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_corpus  # noqa: E402
import reuse_eval  # noqa: E402
from reuse_common import (LineRules, clean_text, find_tables, read_tsv, u16len, u16slice,  # noqa: E402
                          py_to_u16, planted_paths)

ROOT = HERE.parent
REUTERS = ROOT / "data/corpus/reuters21578/reuters-000-004.jsonl.gz"


def generate(out, docs=600, seed=7, *extra):
    subprocess.run([sys.executable, str(HERE / "make_corpus.py"), "--docs", str(docs), "--out", str(out),
                    "--seed", str(seed), "--reuters", str(REUTERS)] + list(extra),
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def perfect_rows(truth):
    """What a perfect reuse stage would write: a passage per planted event (doc_a < doc_b), one
    cluster per planted group, boilerplate groups flagged."""
    passages = []
    for e in truth.events:
        a, sa, b, sb = e["from_doc"], (e["from_begin"], e["from_end"]), e["to_doc"], (e["to_begin"], e["to_end"])
        if a > b:
            a, sa, b, sb = b, sb, a, sa
        first = reuse_eval.expected_first(truth, a, b)
        passages.append({"doc_a": a, "begin_a": sa[0], "end_a": sa[1], "doc_b": b, "begin_b": sb[0], "end_b": sb[1],
                         "first_doc": None if first == "unknown" else first,
                         "found_by": "syndication" if e["kind"] == "syndication" else "shared_shingles",
                         "cluster_id": e["group_id"]})
    clusters = []
    for g, occ in truth.group_occ.items():
        for doc, b, e in occ:
            clusters.append({"cluster_id": g, "doc_id": doc, "begin": b, "end": e,
                             "boilerplate": truth.kind[g] == "boilerplate"})
    return passages, clusters


def write_tables(root, texts, passages, clusters):
    root = Path(root)
    for name, rows in (("reuse_passages", passages), ("reuse_clusters", clusters),
                       ("documents", [{"doc_id": d, "source": "x", "text": t} for d, t in texts.items()])):
        (root / name).mkdir(parents=True, exist_ok=True)
        df = pd.DataFrame(rows)
        df.to_parquet(root / name / "part-00000.parquet", index=False)
    return root


class Corpus(unittest.TestCase):
    """One generated corpus shared by the tests (generating takes about a second)."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.corpus = Path(cls.tmp.name) / "c.jsonl"
        generate(cls.corpus)
        cls.truth = reuse_eval.Truth(cls.corpus)
        cls.texts = reuse_eval.texts_from_corpus(cls.corpus)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def score(self, passages, clusters, has_first_doc=True):
        root = write_tables(Path(self.tmp.name) / f"out-{self.id()}", self.texts, passages, clusters)
        tables = find_tables(root)
        rows, has_first = reuse_eval.job_passages(tables)
        self.assertEqual(has_first, has_first_doc)
        return reuse_eval.evaluate(self.truth, reuse_eval.texts_from_tables(tables), rows,
                                   reuse_eval.job_clusters(tables), 5, has_first)


class GeneratorTest(Corpus):
    def test_offsets_index_the_cleaned_text(self):
        r = reuse_eval.check_offsets(self.truth, self.texts, 5)
        self.assertEqual(r["mismatched"], 0, r["examples"])
        self.assertEqual(r["missing_docs"], 0)
        self.assertEqual(r["checked"], len(self.truth.occ))
        self.assertEqual(r["docs_outside_bmp"], 0)

    def test_every_kind_is_planted(self):
        kinds = set()
        for e in self.truth.events:
            if e["kind"] == "copy":
                kinds |= reuse_eval.edit_kinds(e["edits"])
        self.assertTrue(set(reuse_eval.EDIT_KINDS) <= kinds, kinds)
        edits = " ".join(e["edits"] for e in self.truth.events)
        for tag in ("quotes=curly", "hyphen=break", "trim=first", "trim=last", "rewrap=", "subst=", "ins=", "del="):
            self.assertIn(tag, edits)
        self.assertGreaterEqual(len(self.truth.stories), 3)
        self.assertGreaterEqual(len(self.truth.boilerplate), 20)

    def test_event_spans_are_occurrences_of_their_group(self):
        for e in self.truth.events:
            for doc, b, en in ((e["from_doc"], e["from_begin"], e["from_end"]), (e["to_doc"], e["to_begin"], e["to_end"])):
                spans = self.truth.by_doc[doc][e["group_id"]]
                self.assertTrue(any(s[0] <= b and en <= s[1] for s in spans), (e, spans))

    def test_copies_are_later_and_cross_outlet(self):
        for e in self.truth.events:
            self.assertNotEqual(e["from_source"], e["to_source"])
            self.assertIn(reuse_eval.expected_first(self.truth, e["from_doc"], e["to_doc"]), (e["from_doc"], None, "unknown"))

    def test_syndicated_copies_each_in_their_own_outlet(self):
        for g, members in self.truth.stories.items():
            sources = {o["source"] for o in self.truth.occ if o["group_id"] == g}
            self.assertEqual(len(sources), len(members))

    def test_boilerplate_stays_in_its_outlet_and_survives_cleaning(self):
        rules = LineRules()
        for g in self.truth.boilerplate:
            occ = [o for o in self.truth.occ if o["group_id"] == g]
            self.assertEqual(len({o["source"] for o in occ}), 1)
            self.assertEqual(len({o["text"] for o in occ}), 1)
            self.assertIsNone(rules.match(occ[0]["text"]))

    def test_a_hyphen_break_is_a_line_break(self):
        broken = [e for e in self.truth.events if "hyphen=break" in e["edits"]]
        self.assertTrue(broken)
        for e in broken:
            self.assertRegex(u16slice(self.texts[e["to_doc"]], e["to_begin"], e["to_end"]), r"[A-Za-z]-\n[A-Za-z]")

    def test_deterministic(self):
        other = Path(self.tmp.name) / "again.jsonl"
        generate(other)
        for a, b in ((self.corpus, other), *zip(planted_paths(self.corpus).values(), planted_paths(other).values())):
            self.assertEqual(Path(a).read_bytes(), Path(b).read_bytes(), a)

    def test_legacy_planted_file_reads_as_before(self):
        rows = read_tsv(planted_paths(self.corpus)["legacy"], ints=("paragraphs",))
        self.assertEqual(list(rows[0]), ["copied_from", "copied_by", "paragraphs"])
        self.assertTrue(all(r["paragraphs"] >= 1 for r in rows))

    def test_story_sizes_scale(self):
        class A:
            syndication_big = None
            syndication_medium = 5
        import random
        sizes = make_corpus.story_sizes(10000, A, random.Random(1))
        self.assertGreaterEqual(sizes[0], 300)
        self.assertTrue(all(20 <= s <= 100 for s in sizes[1:]))
        self.assertEqual(make_corpus.story_sizes(100000, A, random.Random(1))[0], 1000)
        small = make_corpus.story_sizes(1000, A, random.Random(1))
        self.assertGreater(small[0], 100)
        self.assertLessEqual(sum(small) + len(small), 1000 // 3)


class ScorerTest(Corpus):
    def test_perfect_output_scores_perfectly(self):
        passages, clusters = perfect_rows(self.truth)
        r = self.score(passages, clusters)
        self.assertEqual(r["recall"]["all"]["recall"], 1.0)
        self.assertEqual(r["recall"]["edited"]["recall"], 1.0)
        for k, v in r["recall"]["by_edit"].items():
            self.assertEqual(v["recall"], 1.0, k)
        self.assertEqual(r["syndication"]["members"]["recall"], 1.0)
        self.assertEqual(r["precision"]["precision"], 1.0)
        self.assertEqual(r["precision"]["tight_precision"], 1.0)
        for s in r["syndication"]["stories"]:
            self.assertEqual((s["completeness"], s["clusters"], s["cluster_other_rows"]), (1.0, 1, 0))
        self.assertEqual(r["boilerplate"]["flagged_share"], 1.0)
        self.assertEqual(r["boilerplate"]["wrongly_flagged_share"], 0.0)
        self.assertEqual(r["first_doc"]["accuracy"], 1.0)
        self.assertEqual(r["targets"], {"recall_edited": True, "precision": True, "stories_complete": True})

    def test_half_coverage_on_both_sides(self):
        e = next(e for e in self.truth.events if e["kind"] == "copy" and e["to_end"] - e["to_begin"] >= 100)
        def row(fb, fe, tb, te):
            return [(e["from_doc"], fb, fe, e["to_doc"], tb, te, "x", None)]
        pairs = reuse_eval.index_pairs
        fb, fe, tb, te = e["from_begin"], e["from_end"], e["to_begin"], e["to_end"]
        half_from = fb + -(-(fe - fb) // 2)  # ceil: covers at least half
        ok = row(fb, half_from, tb, te)
        self.assertIsNotNone(reuse_eval.find_event(pairs(ok), e["from_doc"], (fb, fe), e["to_doc"], (tb, te)))
        short = row(fb, half_from - 2, tb, te)
        self.assertIsNone(reuse_eval.find_event(pairs(short), e["from_doc"], (fb, fe), e["to_doc"], (tb, te)))
        one_side = row(fb, fe, tb, tb + (te - tb) // 3)
        self.assertIsNone(reuse_eval.find_event(pairs(one_side), e["from_doc"], (fb, fe), e["to_doc"], (tb, te)))
        flipped = [(e["to_doc"], tb, te, e["from_doc"], fb, fe, "x", None)]
        self.assertIsNotNone(reuse_eval.find_event(pairs(flipped), e["from_doc"], (fb, fe), e["to_doc"], (tb, te)))

    def test_missed_kinds_and_false_positives_are_counted(self):
        passages, clusters = perfect_rows(self.truth)
        rewrap = {(e["from_doc"], e["to_doc"]) for e in self.truth.events if "rewrap" in e["edits"] and e["kind"] == "copy"}
        kept = [p for p in passages if (p["doc_a"], p["doc_b"]) not in rewrap and (p["doc_b"], p["doc_a"]) not in rewrap]
        # Two documents sharing nothing planted, and a pair aligned on the wrong paragraphs.
        docs = sorted(self.texts)
        a, b = next((a, b) for a in docs for b in docs
                    if a < b and not (self.truth.by_doc.get(a, {}).keys() & self.truth.by_doc.get(b, {}).keys()))
        kept.append({"doc_a": a, "begin_a": 0, "end_a": 50, "doc_b": b, "begin_b": 0, "end_b": 50,
                     "first_doc": None, "found_by": "shared_shingles", "cluster_id": "x"})
        r = self.score(kept, clusters)
        self.assertEqual(r["precision"]["wrong"], 1)
        self.assertEqual(r["precision"]["passages"], len(kept))
        fp = r["precision"]["false_positive_examples"][0]
        self.assertEqual((fp["doc_a"], fp["doc_b"]), (a, b))
        self.assertEqual(fp["text_a"], self.texts[a][:50])
        by = r["recall"]["by_edit"]
        self.assertEqual(by["rewrap"]["found"], 0)
        self.assertGreater(by["rewrap"]["total"], 0)
        self.assertEqual(by["none"]["recall"], 1.0)

    def test_split_story_and_wrong_flags(self):
        passages, clusters = perfect_rows(self.truth)
        story, members = max(self.truth.stories.items(), key=lambda kv: len(kv[1]))
        docs = sorted(members)
        moved = set(docs[:len(docs) // 4])
        copy_group = next(g for g, k in self.truth.kind.items() if k == "copy")
        boiler = self.truth.boilerplate[0]
        out = []
        for c in clusters:
            c = dict(c)
            if c["cluster_id"] == story and c["doc_id"] in moved:
                c["cluster_id"] = story + "-split"
            if c["cluster_id"] == copy_group:
                c["boilerplate"] = True
            if c["cluster_id"] == boiler:
                c["boilerplate"] = False
            out.append(c)
        # Three sign-offs chained into the story's cluster.
        for c in clusters[:]:
            if c["cluster_id"] == boiler and len([x for x in out if x["cluster_id"] == story and "chained" in x]) < 3:
                out.append(dict(c, cluster_id=story, boilerplate=False, chained=True))
        out = [{k: v for k, v in c.items() if k != "chained"} for c in out]
        # Without pair links, the moved members are found by neither route.
        passages = [p for p in passages if p["cluster_id"] != story]
        r = self.score(passages, out)
        s = next(s for s in r["syndication"]["stories"] if s["group_id"] == story)
        self.assertEqual(s["clusters"], 2)
        self.assertEqual(s["cluster_other_rows"], 3)
        self.assertEqual(s["largest_cluster_members"], len(docs) - len(moved))
        self.assertAlmostEqual(s["completeness"], round((len(docs) - len(moved)) / len(docs), 4))
        self.assertEqual(s["found"], len(docs) - len(moved))
        self.assertFalse(r["targets"]["stories_complete"])
        self.assertEqual(r["boilerplate"]["groups_flagged"], len(self.truth.boilerplate) - 1)
        self.assertEqual(r["boilerplate"]["reuse_clusters_flagged"], 1)

    def test_a_pair_link_finds_a_member(self):
        story, members = min(self.truth.stories.items(), key=lambda kv: len(kv[1]))
        a, b = sorted(members)[:2]
        rows = [(a, *members[a], b, *members[b], "syndication", None)]
        r = reuse_eval.evaluate(self.truth, self.texts, rows, None)
        s = next(s for s in r["syndication"]["stories"] if s["group_id"] == story)
        self.assertEqual((s["found"], s["found_by_pair"], s["completeness"]), (2, 2, None))
        self.assertIsNone(r["boilerplate"])

    def test_offset_mismatch_is_reported(self):
        texts = dict(self.texts)
        doc = self.truth.events[0]["to_doc"]
        texts[doc] = "X" + texts[doc]
        r = reuse_eval.check_offsets(self.truth, texts, 5)
        self.assertGreater(r["mismatched"], 0)
        self.assertEqual(r["examples"][0]["doc_id"], doc)

    def test_passim_alignments_are_read(self):
        e = next(e for e in self.truth.events if e["kind"] == "copy")
        d = Path(self.tmp.name) / "align.json"
        d.mkdir(exist_ok=True)
        (d / "part-00000-x.json").write_text(json.dumps(
            {"id": e["to_doc"], "id2": e["from_doc"], "begin": e["to_begin"], "end": e["to_end"],
             "begin2": e["from_begin"], "end2": e["from_end"], "s1": "", "s2": ""}) + "\n")
        rows = reuse_eval.passim_passages(d)
        r = reuse_eval.evaluate(self.truth, self.texts, rows, None)
        self.assertEqual(r["recall"]["all"]["found"], 1)
        self.assertEqual(r["precision"]["precision"], 1.0)
        self.assertIsNone(r["first_doc"])

    def test_cli_prints_and_writes_json(self):
        passages, clusters = perfect_rows(self.truth)
        docs = sorted(self.texts)
        a, b = next((a, b) for a in docs for b in docs
                    if a < b and not (self.truth.by_doc.get(a, {}).keys() & self.truth.by_doc.get(b, {}).keys()))
        passages.append({"doc_a": a, "begin_a": 0, "end_a": 40, "doc_b": b, "begin_b": 0, "end_b": 40,
                         "first_doc": None, "found_by": "shared_shingles", "cluster_id": "x"})
        root = write_tables(Path(self.tmp.name) / "cli" / "runs" / "r1", self.texts, passages, clusters)
        (root.parent.parent / "_wirelens" / "versions").mkdir(parents=True)
        (root.parent.parent / "_wirelens" / "versions" / "v0000000001.json").write_text(json.dumps({"run_id": "r1"}))
        js = Path(self.tmp.name) / "r.json"
        p = subprocess.run([sys.executable, str(HERE / "reuse_eval.py"), "--corpus", str(self.corpus),
                            "--tables", str(root.parent.parent), "--json", str(js)], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("recall, edited copies", p.stdout)
        precision = json.loads(js.read_text())["systems"]["wirelens"]["precision"]
        self.assertEqual(precision["wrong"], 1)
        self.assertEqual(precision["false_positive_examples"][0]["span_a"], [0, 40])
        self.assertIn(f"false positive {a} [0, 40] / {b} [0, 40]", p.stdout)
        p = subprocess.run([sys.executable, str(HERE / "reuse_eval.py"), "--corpus", str(self.corpus),
                            "--tables", str(Path(self.tmp.name) / "nowhere")], capture_output=True, text=True)
        self.assertEqual(p.returncode, 2)
        self.assertIn("no such directory", p.stderr)


class CommonTest(unittest.TestCase):
    def test_readme_section_is_the_same_in_every_script(self):
        blocks = []
        for name in ("make_corpus.py", "reuse_eval.py", "passim_compare.py"):
            lines = (HERE / name).read_text().split("\n")
            begin = next(i for i, line in enumerate(lines) if line.startswith("# ---- README section"))
            end = lines.index("# ---- end of README section ----")
            blocks.append(lines[begin:end])
        self.assertGreater(len(blocks[0]), 40)
        self.assertEqual(blocks[0], blocks[1])
        self.assertEqual(blocks[0], blocks[2])

    def test_utf16_offsets(self):
        s = "a\U0001F600b\u00e9c"
        self.assertEqual(u16len(s), 6)
        self.assertEqual(py_to_u16(s, 2), 3)
        self.assertEqual(u16slice(s, 3, 5), "b\u00e9")
        self.assertEqual(u16slice("plain", 1, 3), "la")

    def test_clean_text_emulation(self):
        rules = LineRules()
        raw = "No Script\n2 min\nThe Headline\n\n  First line.  \nvideo\n\n\n\nSecond paragraph.\n"
        self.assertEqual(clean_text(raw, "The Headline", rules), "First line.\n\nSecond paragraph.")
        self.assertEqual(clean_text(raw, None, rules), "First line.\n\nSecond paragraph.")
        self.assertEqual(clean_text("Reporting by Anna Kovacs; editing by Paul Weber.", None, rules),
                         "Reporting by Anna Kovacs; editing by Paul Weber.")

    def test_find_tables_layouts(self):
        with tempfile.TemporaryDirectory() as t:
            t = Path(t)
            (t / "documents").mkdir()
            self.assertEqual(find_tables(t), t)
            (t / "documents").rmdir()
            run = "20260101T000000Z-0123abcd"
            (t / "runs" / run / "documents").mkdir(parents=True)
            (t / "_wirelens" / "versions").mkdir(parents=True)
            (t / "_wirelens" / "versions" / "v0000000001.json").write_text(json.dumps({"version": 1, "run_id": run}))
            self.assertEqual(find_tables(t), t / "runs" / run)
            with self.assertRaises(FileNotFoundError):
                find_tables(t, ("documents", "reuse_passages"))


if __name__ == "__main__":
    unittest.main()
