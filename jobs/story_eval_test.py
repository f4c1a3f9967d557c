#!/usr/bin/env python3
"""Tests of the story scorer, jobs/story_eval.py.

Why they exist: the scorer judges the job's stories (issue 20), so it must itself be right on
outputs whose scores are known. B-cubed, the pair scores and Pearson are checked on examples worked
by hand; then tiny made-up gold files and wirelens-shaped outputs (`_wirelens/versions/v1.json`,
`runs/<run>/story_members`, `story_pairs`) are scored end to end: stories equal to the gold give
1.0, everything in one story gives the known values, a document or pair the job left out counts as
described. Nothing here reads ../shared/corpus/.

    .venv/bin/python jobs/story_eval_test.py        # or: python -m pytest jobs/story_eval_test.py
Needs pandas and pyarrow; the baseline's clustering test needs scipy and is skipped without it.
"""
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
import unittest
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import story_eval as se  # noqa: E402

HAS_SCIPY = importlib.util.find_spec("scipy") is not None
RUN = "20260101T000000Z-test0001"


def fake_output(root, members=None, pairs=None):
    """A wirelens-shaped output at root with the given story_members / story_pairs rows."""
    root = Path(root)
    (root / "_wirelens" / "versions").mkdir(parents=True)
    (root / "_wirelens" / "versions" / "v1.json").write_text(json.dumps({"version": 1, "run_id": RUN}))
    for name, rows in (("story_members", members), ("story_pairs", pairs)):
        if rows is not None:
            d = root / "runs" / RUN / name
            d.mkdir(parents=True)
            pd.DataFrame(rows).to_parquet(d / "part-0.parquet", index=False)
    return str(root)


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    return str(path)


# Made-up documents: two topics, each two stories (a, b); 3 + 2 + 2 + 1 documents.
GOLD_DOCS = [
    {"id": "d1", "topic": 1, "story": "1-a", "text": "Flood waters rose in Riverton after three days of rain."},
    {"id": "d2", "topic": 1, "story": "1-a", "text": "Riverton flood: rain for three days, waters rose."},
    {"id": "d3", "topic": 1, "story": "1-a", "text": "Rain and flood waters in Riverton."},
    {"id": "d4", "topic": 1, "story": "1-b", "text": "A flood hit Lakeside harbour after a storm surge."},
    {"id": "d5", "topic": 1, "story": "1-b", "text": "Storm surge floods Lakeside harbour."},
    {"id": "d6", "topic": 2, "story": "2-a", "text": "Vortex Corp appoints Jane Quill chief executive."},
    {"id": "d7", "topic": 2, "story": "2-a", "text": "Jane Quill named chief executive of Vortex Corp."},
    {"id": "d8", "topic": 2, "story": "2-b", "text": "Nimbus Ltd chief executive Omar Reed resigns."},
]


class BCubedTest(unittest.TestCase):
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}

    def assertScores(self, got, want):
        for g, w in zip(got, want):
            self.assertAlmostEqual(g, w, places=9)

    def test_perfect_is_one_whatever_the_labels(self):
        self.assertScores(se.bcubed(self.gold, {"a": "x", "b": "x", "c": "x", "d": "y", "e": "y"}), (1, 1, 1))

    def test_hand_worked(self):
        # pred {a,b} {c,d,e}: precisions 1, 1, 1/3, 2/3, 2/3; recalls 2/3, 2/3, 1/3, 1, 1 -> 11/15 each
        p, r, f = se.bcubed(self.gold, {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2})
        self.assertScores((p, r, f), (11 / 15, 11 / 15, 11 / 15))

    def test_all_in_one(self):
        # precision = (3^2 + 2^2) / 5^2 = 13/25, recall 1
        p, r, f = se.bcubed(self.gold, dict.fromkeys(self.gold, "all"))
        self.assertScores((p, r, f), (13 / 25, 1.0, 2 * 0.52 / 1.52))

    def test_all_singletons(self):
        # recall = mean of 1/|gold story| = 2 stories / 5 documents
        p, r, f = se.bcubed(self.gold, {i: i for i in self.gold})
        self.assertScores((p, r, f), (1.0, 0.4, 0.8 / 1.4))

    def test_missing_item_is_its_own_cluster_and_extra_items_are_ignored(self):
        gold = {"a": 1, "b": 1}
        self.assertScores(se.bcubed(gold, {"a": "s", "z": "s"}), (1.0, 0.5, 2 / 3))
        # two missing items must not fall into one shared "missing" cluster
        self.assertScores(se.bcubed(gold, {}), (1.0, 0.5, 2 / 3))


class PairsAndPearsonTest(unittest.TestCase):
    def test_pair_scores(self):
        gold = [True, True, True, False, False, False]
        pred = [True, True, False, True, False, False]
        s = se.pair_scores(gold, pred)
        self.assertEqual((s["tp"], s["fp"], s["fn"], s["tn"]), (2, 1, 1, 2))
        self.assertAlmostEqual(s["precision"], 2 / 3)
        self.assertAlmostEqual(s["recall"], 2 / 3)
        self.assertAlmostEqual(s["f1"], 2 / 3)

    def test_pair_scores_nothing_predicted(self):
        s = se.pair_scores([True, False], [False, False])
        self.assertEqual((s["precision"], s["recall"], s["f1"]), (0.0, 0.0, 0.0))
        with self.assertRaises(ValueError):
            se.pair_scores([True], [True, False])

    def test_pearson(self):
        self.assertAlmostEqual(se.pearson([1, 2, 3, 4], [1, 3, 2, 4]), 0.8)
        self.assertAlmostEqual(se.pearson([1, 2, 3], [10, 20, 30]), 1.0)
        self.assertAlmostEqual(se.pearson([1, 2, 3], [3, 2, 1]), -1.0)
        self.assertIsNone(se.pearson([0, 0, 0], [1, 2, 3]))

    def test_tfidf_cosine(self):
        v = se.tfidf(["Vortex Corp appoints Quill", "vortex corp appoints quill", "Nimbus resigns", "the of and"])
        self.assertAlmostEqual(se.cosine(v[0], v[1]), 1.0)
        self.assertAlmostEqual(se.cosine(v[0], v[2]), 0.0)
        self.assertEqual(v[3], {})  # stop words only
        self.assertEqual(se.tokens("The Flood, of 2020: a_b x"), ["flood", "2020"])


class EndToEndTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)
        self.gold = write_jsonl(self.dir / "gold.jsonl", GOLD_DOCS)

    def tearDown(self):
        self.tmp.cleanup()

    def test_stories_equal_to_the_gold_score_one(self):
        out = fake_output(self.dir / "perfect", members={"doc_id": [d["id"] for d in GOLD_DOCS],
                                                         "story_id": [d["story"] for d in GOLD_DOCS],
                                                         "similarity": [1.0] * len(GOLD_DOCS)})
        res = se.score_ecbplus(out, self.gold, baseline=False)
        self.assertEqual((res["job"]["precision"], res["job"]["recall"], res["job"]["f1"]), (1.0, 1.0, 1.0))
        self.assertEqual(res["job"]["stories"], 4)
        self.assertEqual(res["job"]["largest"][0], {"story_id": "1-a", "documents": 3, "gold": {"1-a": 3}})

    def test_all_in_one_story_and_a_missing_document(self):
        out = fake_output(self.dir / "one", members={"doc_id": [d["id"] for d in GOLD_DOCS[:-1]] + ["other"],
                                                     "story_id": ["s"] * len(GOLD_DOCS)})
        job = se.score_ecbplus(out, self.gold, baseline=False)["job"]
        # d1..d7 in one story, d8 alone: precision (3*3/7 + 2*2/7 + 2*2/7 + 1) / 8, recall 1
        self.assertAlmostEqual(job["precision"], (17 / 7 + 1) / 8)
        self.assertAlmostEqual(job["recall"], 1.0)
        self.assertEqual((job["stories"], job["missing_documents"], job["extra_documents"]), (2, 1, 1))
        self.assertEqual(job["largest"][0]["gold"], {"1-a": 3, "1-b": 2, "2-a": 2})

    def test_semeval_pairs_and_scores(self):
        mk = lambda i, j, overall, lang="en": {"pair_id": f"{i}_{j}", "id1": i, "id2": j, "lang1": lang,
                                               "lang2": "en", "text1": f"text {i}", "text2": f"text {j}",
                                               "Overall": overall}
        pairs = write_jsonl(self.dir / "pairs.jsonl", [
            mk("1", "2", 1.0),   # same
            mk("4", "3", 1.25),  # same; story_pairs has it as doc_a "3" < doc_b "4"
            mk("1", "5", 3.0),   # different
            mk("6", "7", 4.0),   # different
            mk("2", "6", 2.0),   # unlabelled: only in the Pearson
            mk("8", "9", 1.0, lang="de"),  # not English: ignored
        ])
        out = fake_output(self.dir / "sem",
                          members={"doc_id": ["1", "2", "3", "4", "5", "6", "7"],
                                   "story_id": ["A", "A", "B", "C", "A", "D", "E"]},
                          pairs={"doc_a": ["1", "1", "3"], "doc_b": ["2", "5", "4"], "score": [0.9, 0.6, 0.3]})
        res = se.score_semeval(out, pairs, baseline=False)
        self.assertEqual((res["pairs"], res["articles"], res["labelled_pairs"], res["same_pairs"]), (5, 7, 4, 2))
        job = res["job"]
        self.assertEqual((job["tp"], job["fp"], job["fn"], job["tn"]), (1, 1, 1, 1))
        self.assertAlmostEqual(job["f1"], 0.5)
        # scores of the five pairs in file order, 0 for the two never compared
        self.assertAlmostEqual(job["pearson_score"], se.pearson([0.9, 0.3, 0.6, 0.0, 0.0], [1.0, 1.25, 3.0, 4.0, 2.0]))
        self.assertEqual(job["pairs_compared"], 3)
        self.assertLess(job["pearson_score"], 0)

    def test_input_writes_each_article_once(self):
        pairs = write_jsonl(self.dir / "pairs.jsonl", [
            {"id1": "1", "id2": "2", "lang1": "en", "lang2": "en", "text1": "one", "text2": "two", "Overall": 1},
            {"id1": "2", "id2": "3", "lang1": "en", "lang2": "en", "text1": "two", "text2": "three", "Overall": 4},
            {"id1": "4", "id2": "5", "lang1": "en", "lang2": "fr", "text1": "four", "text2": "cinq", "Overall": 4},
        ])
        to = self.dir / "in" / "semeval-en.jsonl"
        self.assertEqual(se.write_input("semeval", to, pairs=pairs), 3)
        rows = [json.loads(line) for line in to.read_text().splitlines()]
        self.assertEqual(rows, [{"id": i, "source": "unknown", "text": t}
                                for i, t in (("1", "one"), ("2", "two"), ("3", "three"))])
        se.write_input("ecbplus", self.dir / "ecb.jsonl", gold=self.gold)
        first = json.loads((self.dir / "ecb.jsonl").read_text().splitlines()[0])
        self.assertEqual(sorted(first), ["id", "source", "text"])

    def test_main_writes_json(self):
        out = fake_output(self.dir / "perfect", members={"doc_id": [d["id"] for d in GOLD_DOCS],
                                                         "story_id": [d["story"] for d in GOLD_DOCS]})
        j = self.dir / "figures" / "ecb.json"
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            se.main(["ecbplus", out, "--gold", self.gold, "--no-baseline", "--json", str(j)])
        self.assertIn("F1 1.000", printed.getvalue())
        self.assertEqual(json.loads(j.read_text())["job"]["f1"], 1.0)

    @unittest.skipUnless(HAS_SCIPY, "scipy not installed")
    def test_baseline_separates_obvious_stories(self):
        res = se.score_ecbplus(None, self.gold)
        base = res["baseline"]
        self.assertEqual(len(base["scan"]), 91)
        self.assertEqual(base["scan"][0]["threshold"], 0.05)
        self.assertEqual(base["scan"][-1]["threshold"], 0.95)
        self.assertGreaterEqual(base["f1"], max(s["f1"] for s in base["scan"]))
        self.assertGreater(base["f1"], 0.8)


if __name__ == "__main__":
    unittest.main()
