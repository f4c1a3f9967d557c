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
"""Generates a large news corpus for benchmarks, as JSON Lines (the job's jsonl format), with the
text reuse planted in it listed beside it, offsets included, so reuse results can be scored.

Articles are built from real pieces: a Reuters-21578 headline, paragraphs written by an order-2
word Markov chain trained on the Reuters sample and the project's seed articles (real sentence
shapes, function words and phrasing; now and then a sentence is a quote, `"...," Name said.`),
and the web chrome real scrapes carry (now and then). Reuse is planted the way newsrooms reuse
text, so a reuse detector is judged on what editors do to wire copy, not on verbatim copies only.

A chain alone repeats its training 5-grams between unrelated articles far more than real news
does (measured with jobs/shingle_stats.py: 54 chance candidate pairs per article at 4.6k
articles and 200 at 20k, against 8.6 in the real Reuters sample), which would make the overlap
stage grow with the corpus squared. So each content word the chain emits is, with probability
--substitute, replaced by a word drawn from the corpus's own word frequencies with the same
shape (capitalised, lower case), and digits are redrawn: articles keep real vocabulary, word
frequencies and capitalisation (what tokenisation and NER cost depends on) but, like real
articles about different events, share few 5-grams unless one copies the other. With the
default 0.7: 13 chance candidate pairs per article at 20k.

Planted reuse, in short (the comment block at the top of this file, the README section, has the
exact rules and shares): copies between outlets, unedited or with the edits editors make (word
substitutions, insertions and deletions; first or last sentence trimmed; paragraphs reordered;
quote style; line breaks; hyphenation; a single 15-25 word sentence), a copy of a copy in the
group of the original; one story syndicated to 3.2% of the corpus, each copy in its own outlet
(320 outlets at 10k, 1,000 at 100k), and 4-6 stories to 20-100 outlets, lightly edited; a
sign-off paragraph of each main outlet repeated in 60% of its articles (boilerplate); ISO dates
with and without times, some absent, copies after their sources. 36 main outlets (the 12 historic
names and 24 generated ones, Zipf-weighted) carry most articles; syndicated copies also run in
generated minor outlets (town + paper noun, e.g. "Ashford Gazette").

The text generated is exactly what the job stores: lines without surrounding spaces, paragraphs
joined by one blank line, NFC, characters of the Basic Multilingual Plane only (so passim's
code-point offsets equal UTF-16 offsets), a title given in the record and repeated as the first
line, chrome lines the line rules remove. Every article is passed through an emulation of the
job's cleaning (jobs/reuse_common.py) and must come out as the body the offsets index; a
rewrapped line that a line rule would remove is not rewrapped.

Files written (offsets are UTF-16 code units into documents.text, end exclusive; text fields
escape backslash, tab, newline, CR as \\\\, \\t, \\n, \\r):
  <out>                 the corpus: id, source, title, published (absent when none), text
  <out>.passages.tsv    one row per occurrence of a planted text group: group_id, kind (copy,
                        syndication, boilerplate), role (origin: where the group was first
                        written; copy: a planted copy; carried: text of another group inside a
                        copied paragraph; repeat: a boilerplate repeat), doc_id, source,
                        published, begin, end, edits (empty for origin and repeat, `none` for an
                        unedited copy), text (the occurrence as stored)
  <out>.copies.tsv      one row per planted copy event: event_id, group_id, kind (copy or
                        syndication), from_doc, from_source, from_begin, from_end, to_doc,
                        to_source, to_begin, to_end, edits
  <out>.planted.tsv     as before this change, for jobs/shingle_stats.py: copied_from, copied_by,
                        paragraphs (copy events per document pair; a syndicated copy counts its
                        paragraphs)

Deterministic for a given --seed.

    python3 jobs/make_corpus.py --docs 10000 --out target/bench/corpus-10k.jsonl
"""
import argparse
import gzip
import datetime as dt
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter, deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuse_common import (COPIES_COLUMNS, DEFAULT_LINE_RULES, PASSAGES_COLUMNS, LineRules,  # noqa: E402
                          clean_text, is_bmp, planted_paths, py_to_u16, write_tsv)

OUTLETS = [
    "Global Wire", "Continental Press", "Evening Ledger", "Harbour Times", "Capital Broadcaster",
    "Morning Courier", "Frontline News", "Metro Daily", "Atlas Agency", "Coastal Herald",
    "Summit Post", "Northern Tribune",
]
WIRES = ["Global Wire", "Atlas Agency", "Continental Press"]
EXTRA_MAIN_OUTLETS = 24
TOWN_HEADS = ["Ash", "Bay", "Birch", "Black", "Bright", "Brook", "Cedar", "Clear", "Cold", "Crane",
              "Deer", "East", "Elm", "Fair", "Fern", "Glen", "Gold", "Green", "Hazel", "High",
              "Holly", "Iron", "Kings", "Lake", "Lark", "Long", "Maple", "Mill", "North", "Oak",
              "Pine", "Queens", "Red", "River", "Rock", "Rose", "Salt", "Sand", "Silver", "South",
              "Spring", "Stone", "Sun", "Thorn", "West", "White", "Willow", "Wolf", "Wood", "York"]
TOWN_TAILS = ["ford", "field", "ton", "bury", "wick", "dale", "port", "haven", "mouth", "ridge",
              "ville", "worth", "stead", "more", "brook", "by", "ham", "well", "vale", "crest"]
PAPER_NOUNS = ["Times", "Herald", "Gazette", "Courier", "Post", "Tribune", "Chronicle", "Observer",
               "Record", "Journal", "Ledger", "Sentinel", "Examiner", "Advertiser", "Echo", "Mercury",
               "Star", "Express", "Argus", "Bulletin", "Dispatch", "Enquirer", "Independent", "News",
               "Press", "Register", "Reporter", "Review", "Standard", "Telegraph", "Leader", "Guardian"]
# People quoted and credited: common given names and surnames of several languages.
FIRST_NAMES = ["Anna", "James", "Maria", "David", "Fatima", "Ahmed", "Elena", "Thomas", "Sofia", "Daniel",
               "Laura", "Michael", "Aisha", "Peter", "Ines", "Omar", "Claire", "Lukas", "Yuki", "Carlos",
               "Nadia", "John", "Olga", "Samuel", "Leila", "Martin", "Grace", "Hassan", "Julia", "Robert",
               "Amina", "Pablo", "Sarah", "Ivan", "Chloe", "Kwame", "Marta", "Paul", "Zeynep", "Andrew",
               "Priya", "Stefan", "Helen", "Mehmet", "Lucy", "Tariq", "Emma", "Victor", "Rosa", "George"]
SURNAMES = ["Kovacs", "Mercer", "Haddad", "Novak", "Okafor", "Lindqvist", "Moreau", "Rahman", "Schmidt",
            "Tanaka", "Costa", "Brennan", "Yilmaz", "Petrov", "Ndiaye", "Fischer", "Alvarez", "Walsh",
            "Mansour", "Jensen", "Rossi", "Kowalski", "Osei", "Hughes", "Ibrahim", "Larsen", "Dubois",
            "Chen", "Murphy", "Farah", "Novotny", "Silva", "Grant", "Aziz", "Horvat", "Keller", "Ortiz",
            "Bianchi", "Nakamura", "Sutherland", "Mwangi", "Lopez", "Weber", "Quinn", "Demir", "Ward",
            "Hansen", "Popescu", "Owens", "Karimi", "Bauer", "Ferreira", "Doyle", "Suleiman", "Fraser"]
PUNCT = "\"'()[],.;:!?\u201c\u201d\u2018\u2019"
DIGIT = re.compile(r"[0-9]")
CHROME = ["No Script", "Please Wait...", "2 min", "starAdd to favorites", "|AA Photo", "video"]
INVISIBLE = re.compile("[\uFEFF\u200B\u200C\u200D]")
CURLY = re.compile("[\u201c\u201d\u2018\u2019]")
CORE = re.compile(r"^([^A-Za-z]*)([A-Za-z]+(?:-[A-Za-z]+)?)([^A-Za-z]*)$")
HYPHENATED = re.compile(r"^[a-z]{2,}-[a-z]{2,}$")
COMPOUNDS = {"ceasefire": "cease-fire", "cooperation": "co-operation", "takeover": "take-over",
             "worldwide": "world-wide", "offshore": "off-shore", "subsidiary": "sub-sidiary",
             "reelection": "re-election", "coordinate": "co-ordinate", "nonprofit": "non-profit",
             "email": "e-mail", "yearend": "year-end", "longterm": "long-term"}
COPY_MODES = {"none": 0.2, "words": 0.2, "trim": 0.1, "reorder": 0.1, "quotes": 0.1, "rewrap": 0.1,
              "hyphen": 0.1, "short": 0.1}
SIGNOFF_PARTS = [
    "Reporting by {p1} in {t1} and {p2} in {t2}; editing by {p3}.",
    "Additional reporting by {p1}; edited by {p2} with {p3}.",
    "Follow {o} on {sm}: {p1} reports from {t1}.",
    "Corrections to {o}: contact {p1} at our {t1} desk.",
    "{o} readers in {t1}: subscribe to {p1}'s {adj} newsletter.",
    "Copyright {o} {y}, {t1}; compiled by {p1} for {o}.",
]
SOCIAL = ["Facebook", "Instagram", "Threads", "Bluesky", "Mastodon", "YouTube", "Telegram", "WhatsApp", "LinkedIn", "TikTok"]
NEWSLETTER = ["morning", "evening", "weekly", "daily", "weekend", "midday", "Sunday", "business"]
RECENT = 500  # articles a copy may come from: the most recent ones, as wire copy is echoed


def paragraphs(text):
    """Reuters paragraphs start with an indented line; seeds use blank lines."""
    parts = re.split(r"\n\s{2,}|\n\s*\n", text)
    out = []
    for p in parts:
        p = " ".join(INVISIBLE.sub("", unicodedata.normalize("NFC", p)).split())
        if len(p.split()) >= 8 and is_bmp(p):
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
        self.function_list = sorted(self.function)
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

    @staticmethod
    def name(rng):
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"

    def sentences(self, rng, quote=0.3):
        """A paragraph as a list of sentences; with probability `quote` one is a quotation."""
        out = [self.sentence(rng) for _ in range(rng.randint(1, 4))]
        if rng.random() < quote:
            k = rng.randrange(len(out))
            s = out[k].rstrip(".!?\"")
            if len(s.split()) >= 4:
                out[k] = f"\"{s},\" {self.name(rng)} said." if rng.random() < 0.5 else f"{self.name(rng)} said: \"{s}.\""
        return out

    def other_word(self, rng, core):
        pool = self.by_shape["upper" if core[0].isupper() else "lower"]
        for _ in range(10):
            w = rng.choice(pool)
            if w != core:
                return w
        return core + "s"

    def filler(self, rng):
        return rng.choice(self.function_list) if rng.random() < 0.5 else rng.choice(self.by_shape["lower"])


def load_pool(reuters, seeds):
    pool, titles = [], []
    opener = gzip.open if str(reuters).endswith(".gz") else open
    with opener(reuters, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("text"):
                pool.extend(paragraphs(rec["text"]))
            if rec.get("title"):
                title = " ".join(unicodedata.normalize("NFC", rec["title"]).split()).title()
                if is_bmp(title):
                    titles.append(title)
    for path in sorted(Path(seeds).glob("*.txt")):
        pool.extend(paragraphs(path.read_text(encoding="utf-8")))
    return pool, titles


# ---------------------------------------------------------------------------------------------
# Edits

def edit_words(rng, chain, sents, rate):
    """Substitutions, insertions and deletions at `rate` of the words (at least one); the first
    and last word of a sentence stay, so sentence boundaries and counts do not change."""
    words = [s.split(" ") for s in sents]
    total = sum(len(w) for w in words)
    counts = {"subst": 0, "ins": 0, "del": 0}
    for _ in range(max(1, round(total * rate))):
        op = rng.choices(("subst", "ins", "del"), (2, 1, 1))[0]
        ws = words[rng.choices(range(len(words)), [len(w) for w in words])[0]]
        if op == "subst":
            for _try in range(6):
                k = rng.randrange(len(ws))
                m = CORE.match(ws[k])
                if m and m.group(2).isalpha() and len(m.group(2)) > 2:
                    ws[k] = m.group(1) + chain.other_word(rng, m.group(2)) + m.group(3)
                    break
            else:
                continue
        elif op == "ins":
            if len(ws) < 2:
                continue
            ws.insert(rng.randrange(1, len(ws)), chain.filler(rng))
        else:
            if len(ws) <= 4:
                continue
            del ws[rng.randrange(1, len(ws) - 1)]
        counts[op] += 1
    return [" ".join(w) for w in words], ",".join(f"{k}={v}" for k, v in counts.items() if v)


def has_quotes(sents):
    return any('"' in s or "'" in s or CURLY.search(s) for s in sents)


def to_curly(s):
    out = []
    for i, c in enumerate(s):
        opening = i == 0 or s[i - 1] in " ([\n"
        if c == '"':
            out.append("\u201c" if opening else "\u201d")
        elif c == "'":
            out.append("\u2018" if opening and i + 1 < len(s) and s[i + 1].isalpha() else "\u2019")
        else:
            out.append(c)
    return "".join(out)


_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def swap_quotes(sents):
    """Curly quotes made straight when the text has any, else straight ones made curly."""
    if any(CURLY.search(s) for s in sents):
        return [s.translate(_STRAIGHT) for s in sents], "quotes=straight"
    return [to_curly(s) for s in sents], "quotes=curly"


def hyphen_edit(rng, sents):
    """Joins a hyphenated compound or splits a known one; (new sentences, tag) or None."""
    options = []
    for si, s in enumerate(sents):
        for k, w in enumerate(s.split(" ")):
            m = CORE.match(w)
            if not m:
                continue
            core = m.group(2)
            if HYPHENATED.match(core):
                options.append((si, k, m.group(1) + core.replace("-", "") + m.group(3), "hyphen=join"))
            elif core.lower() in COMPOUNDS and core.islower():
                options.append((si, k, m.group(1) + COMPOUNDS[core.lower()] + m.group(3), "hyphen=split"))
    if not options:
        return None
    si, k, new, tag = rng.choice(options)
    words = sents[si].split(" ")
    words[k] = new
    out = list(sents)
    out[si] = " ".join(words)
    return out, tag


def hyphen_break(rng, sents):
    """A layout that splits a long word across a line break ("negoti-" / "ations"), or None."""
    flat = [w for s in sents for w in s.split(" ")]
    options = []
    for k, w in enumerate(flat):
        m = CORE.match(w)
        if m and m.group(2).isalpha() and len(m.group(2)) >= 8:
            options.append((k, len(m.group(1)) + rng.randint(3, len(m.group(2)) - 3)))
    return rng.choice(options) if options else None


# ---------------------------------------------------------------------------------------------
# Paragraphs, layout and offsets

class Para:
    """A paragraph: clean sentences, how this occurrence is laid out, and the planted groups in
    it as [group_id, first sentence, end sentence, role, edits]."""
    __slots__ = ("sents", "ann", "width", "brk", "boiler")

    def __init__(self, sents, ann=None, width=None, brk=None, boiler=False):
        self.sents = sents
        self.ann = ann or []
        self.width = width
        self.brk = brk
        self.boiler = boiler


def render(p):
    """(text, [(begin, end) per sentence]) with Python offsets into the text."""
    if p.width is None and p.brk is None:
        spans, pos = [], 0
        for s in p.sents:
            spans.append((pos, pos + len(s)))
            pos += len(s) + 1
        return " ".join(p.sents), spans
    out, spans, pos, line = [], [], 0, 0
    k = 0
    for s in p.sents:
        begin = None
        for w in s.split(" "):
            if k > 0:
                if p.width and line + 1 + len(w) > p.width:
                    out.append("\n")
                    line = 0
                else:
                    out.append(" ")
                    line += 1
                pos += 1
            if begin is None:
                begin = pos
            if p.brk and k == p.brk[0]:
                a, b = w[:p.brk[1]] + "-", w[p.brk[1]:]
                out.append(a + "\n" + b)
                pos += len(a) + 1 + len(b)
                line = len(b)
            else:
                out.append(w)
                pos += len(w)
                line += len(w)
            k += 1
        spans.append((begin, pos))
    return "".join(out), spans


def layout_survives(p, rules):
    """A laid-out paragraph whose every line survives the job's line rules (a short last line
    such as "video" would be removed as chrome)."""
    text, _ = render(p)
    return all(not rules.match(line) for line in text.split("\n"))


def unit_group(p):
    """The group whose occurrence is this whole paragraph, if any."""
    for a in p.ann:
        if a[1] == 0 and a[2] == len(p.sents) and a[3] != "carried":
            return a[0]
    return None


class Doc:
    """A rendered article: its paragraphs, stored body and each sentence's span in it."""
    __slots__ = ("id", "source", "published", "paras", "body", "spans", "story_span", "story_sents")

    def __init__(self, doc_id, source, published, paras):
        self.id, self.source, self.published, self.paras = doc_id, source, published, paras
        texts, self.spans, pos = [], [], 0
        for p in paras:
            text, spans = render(p)
            texts.append(text)
            self.spans.append([(pos + b, pos + e) for b, e in spans])
            pos += len(text) + 2
        self.body = "\n\n".join(texts)
        self.story_span = None
        self.story_sents = None

    def span(self, pi, s0, s1):
        return self.spans[pi][s0][0], self.spans[pi][s1 - 1][1]


# ---------------------------------------------------------------------------------------------
# The generator

class Generator:
    def __init__(self, args, rng, chain, titles, rules):
        self.args, self.rng, self.chain, self.titles, self.rules = args, rng, chain, titles, rules
        self.kinds = {}
        self.counters = Counter()
        self.occurrences = []  # rows of <out>.passages.tsv
        self.events = []       # rows of <out>.copies.tsv
        self.recent = deque(maxlen=RECENT)
        self.main, self.weights, self.minor = self.make_outlets()
        self.signoffs = {o: self.make_signoff(o) for o in self.main}
        self.boiler_group = {}

    # outlets and sign-offs ---------------------------------------------------------------------
    def town(self):
        return self.rng.choice(TOWN_HEADS) + self.rng.choice(TOWN_TAILS)

    def make_outlets(self):
        """36 main outlets (Zipf-weighted, shuffled) and the minor outlets syndication needs."""
        rng = self.rng
        combos = [h + t + " " + n for h in TOWN_HEADS for t in TOWN_TAILS for n in PAPER_NOUNS]
        rng.shuffle(combos)
        names = iter(c for c in combos if c not in OUTLETS)
        main = OUTLETS + [next(names) for _ in range(EXTRA_MAIN_OUTLETS)]
        order = list(range(len(main)))
        rng.shuffle(order)
        weights = [0.0] * len(main)
        for rank, i in enumerate(order):
            weights[i] = 1.0 / (rank + 1) ** 0.6
        minor = [next(names) for _ in range(self.args.minor_outlets)]
        return main, weights, minor

    def make_signoff(self, outlet):
        rng, chain = self.rng, self.chain
        parts = rng.sample(SIGNOFF_PARTS, 3)
        fill = {"o": outlet, "p1": chain.name(rng), "p2": chain.name(rng), "p3": chain.name(rng),
                "t1": self.town(), "t2": self.town(), "sm": rng.choice(SOCIAL),
                "adj": rng.choice(NEWSLETTER), "y": "2020"}
        return [p.format(**fill) for p in parts]

    def signoff_para(self, outlet):
        if outlet in self.signoffs and self.rng.random() < self.args.signoff:
            return Para(list(self.signoffs[outlet]), boiler=True)
        return None

    # groups and occurrences --------------------------------------------------------------------
    def new_group(self, kind):
        self.counters[kind] += 1
        gid = f"{kind[0]}{self.counters[kind]:06d}"
        self.kinds[gid] = kind
        return gid

    def emit(self, gid, doc, begin, end, role, edits):
        body = doc.body
        self.occurrences.append((gid, self.kinds[gid], role, doc.id, doc.source, doc.published,
                                 py_to_u16(body, begin), py_to_u16(body, end), edits, body[begin:end]))

    def event(self, gid, src, fb, fe, dst, tb, te, edits):
        self.counters["event"] += 1
        self.events.append((f"e{self.counters['event']:07d}", gid, self.kinds[gid], src.id, src.source,
                            py_to_u16(src.body, fb), py_to_u16(src.body, fe), dst.id, dst.source,
                            py_to_u16(dst.body, tb), py_to_u16(dst.body, te), edits))

    def group_of(self, src, pi):
        """The unit group of the source's paragraph pi, created (origin = that paragraph) if new."""
        p = src.paras[pi]
        gid = unit_group(p)
        if gid is None:
            gid = self.new_group("copy")
            p.ann.append([gid, 0, len(p.sents), "origin", ""])
            b, e = src.span(pi, 0, len(p.sents))
            self.emit(gid, src, b, e, "origin", "")
        return gid

    # dates -------------------------------------------------------------------------------------
    def published(self, t, always_time=False):
        r = self.rng.random()
        if always_time or r >= 0.315:
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
        return None if r < 0.015 else t.date().isoformat()

    # copy edits --------------------------------------------------------------------------------
    def extra_words(self, sents, tags, p=0.3):
        if self.rng.random() < p:
            sents, tag = edit_words(self.rng, self.chain, sents, self.rng.uniform(0.02, 0.05))
            tags.append(tag)
        return sents

    def copied_para(self, src, pi, mode, s0=None, s1=None):
        """(new Para, group, source sentence range, edits) for a paragraph of src copied in mode."""
        rng = self.rng
        p = src.paras[pi]
        gid = self.group_of(src, pi)
        s0 = 0 if s0 is None else s0
        s1 = len(p.sents) if s1 is None else s1
        sents = p.sents[s0:s1]
        tags, width, brk = [], None, None
        if mode == "words":
            sents, tag = edit_words(rng, self.chain, sents, rng.uniform(0.02, 0.05))
            tags.append(tag)
        elif mode == "trim":
            tags.append("trim=first" if s0 > 0 else "trim=last")
            sents = self.extra_words(sents, tags)
        elif mode == "reorder":
            tags.append("reorder")
            sents = self.extra_words(sents, tags)
        elif mode == "quotes":
            if has_quotes(sents):
                sents, tag = swap_quotes(sents)
                tags.append(tag)
            sents = self.extra_words(sents, tags)
        elif mode == "rewrap":
            sents = self.extra_words(sents, tags)
            w = rng.randint(60, 75)
            if layout_survives(Para(sents, width=w), self.rules):
                width = w
                tags.append(f"rewrap={w}")
        elif mode == "hyphen":
            sents = self.extra_words(sents, tags)
            edited = hyphen_edit(rng, sents) if rng.random() < 0.6 else None
            if edited:
                sents, tag = edited
                tags.append(tag)
            else:
                b = hyphen_break(rng, sents)
                w = rng.choice([None, rng.randint(60, 75)])
                if b and layout_survives(Para(sents, width=w, brk=b), self.rules):
                    brk, width = b, w
                    tags.append("hyphen=break" + (f",rewrap={w}" if w else ""))
        edits = ",".join(tags) or "none"
        q = Para(sents, width=width, brk=brk)
        q.ann.append([gid, 0, len(sents), "copy", edits])
        for a in p.ann:  # other groups inside the copied sentences come along
            if a[0] != gid and a[1] < s1 and a[2] > s0:
                q.ann.append([a[0], max(a[1], s0) - s0, min(a[2], s1) - s0, "carried", edits])
        return q, gid, (s0, s1), edits

    def copy_action(self, source, own, present, pending):
        """Plants one copy from a recent article of another outlet into `own` (the paragraphs of
        the article being written). Returns False when no source fits."""
        rng = self.rng
        for _ in range(3):
            src = rng.choice(self.recent)
            if src.source != source:
                break
        else:
            return False
        elig = [i for i, p in enumerate(src.paras) if not p.boiler and unit_group(p) not in present]
        if not elig:
            return False
        mode = rng.choices(list(COPY_MODES), list(COPY_MODES.values()))[0]
        if mode == "short":
            cands = [(pi, k) for pi in elig for k, s in enumerate(src.paras[pi].sents)
                     if 15 <= len(s.split(" ")) <= 25]
            quoted = [c for c in cands if has_quotes([src.paras[c[0]].sents[c[1]]])]
            if cands:
                return self.short_copy(src, rng.choice(quoted if quoted and rng.random() < 0.7 else cands),
                                       own, present, pending)
            mode = "words"
        if mode == "trim":
            elig_trim = [i for i in elig if len(src.paras[i].sents) >= 2]
            if not elig_trim:
                mode = "words"
        if mode == "reorder" and len(elig) < 2:
            mode = "words"
        if mode == "quotes" and not any(has_quotes(src.paras[i].sents) for i in elig):
            mode = "words"

        if mode == "trim":
            k = min(rng.randint(1, 2), len(elig_trim))
            start = rng.randrange(len(elig_trim) - k + 1)
            picks = elig_trim[start:start + k]
        else:
            k = rng.randint(2, 3) if mode == "reorder" else rng.randint(1, 3)
            k = min(k, len(elig))
            start = rng.randrange(len(elig) - k + 1)
            picks = elig[start:start + k]
        copies = []
        for pi in picks:
            s0 = s1 = None
            if mode == "trim":
                if rng.random() < 0.5:
                    s0 = 1
                else:
                    s1 = len(src.paras[pi].sents) - 1
            q, gid, (a, b), edits = self.copied_para(src, pi, mode, s0, s1)
            present.add(gid)
            pending.append((gid, src, src.span(pi, a, b), q, edits))
            copies.append(q)
        if mode == "reorder":
            order = list(range(len(copies)))
            while order == sorted(order):
                rng.shuffle(order)
            spots = sorted(rng.randint(0, len(own)) for _ in copies)
            for n, (spot, j) in enumerate(zip(spots, order)):
                own.insert(spot + n, copies[j])
        else:
            at = rng.randint(0, len(own))
            own[at:at] = copies
        return True

    def short_copy(self, src, pick, own, present, pending):
        """One sentence of src set inside one of our own paragraphs."""
        rng = self.rng
        pi, k = pick
        p = src.paras[pi]
        gid = unit_group(p) or next((a[0] for a in p.ann if a[1] == k and a[2] == k + 1 and a[3] != "carried"), None)
        targets = [q for q in own if not q.ann and not q.boiler]
        if (gid is not None and gid in present) or not targets:
            return False
        if gid is None:
            gid = self.group_of(src, pi)
        t = rng.choice(targets)
        sents, tags = [p.sents[k]], ["short"]
        if has_quotes(sents) and rng.random() < 0.5:
            sents, tag = swap_quotes(sents)
            tags.append(tag)
        sents = self.extra_words(sents, tags, p=0.15)
        edits = ",".join(tags)
        pos = rng.randint(0, len(t.sents))
        t.sents.insert(pos, sents[0])
        t.ann.append([gid, pos, pos + 1, "copy", edits])
        for a in p.ann:
            if a[0] != gid and a[1] <= k < a[2]:
                t.ann.append([a[0], pos, pos + 1, "carried", edits])
        present.add(gid)
        pending.append((gid, src, src.span(pi, k, k + 1), t, edits))
        return True

    # articles ----------------------------------------------------------------------------------
    def finish(self, doc_id, source, published, paras, pending=()):
        """Renders an article, records its occurrences and events; returns (Doc, record)."""
        doc = Doc(doc_id, source, published, paras)
        index = {id(p): i for i, p in enumerate(paras)}
        for pi, p in enumerate(paras):
            for gid, s0, s1, role, edits in p.ann:
                if role in ("copy", "carried"):
                    b, e = doc.span(pi, s0, s1)
                    self.emit(gid, doc, b, e, role, edits)
            if p.boiler:
                gid = self.boiler_group.get(source)
                role = "repeat"
                if gid is None:
                    gid = self.boiler_group[source] = self.new_group("boilerplate")
                    role = "origin"
                b, e = doc.span(pi, 0, len(p.sents))
                self.emit(gid, doc, b, e, role, "")
        for gid, src, (fb, fe), q, edits in pending:
            pi = index[id(q)]
            s0, s1 = next((a[1], a[2]) for a in q.ann if a[0] == gid and a[3] == "copy")
            tb, te = doc.span(pi, s0, s1)
            self.event(gid, src, fb, fe, doc, tb, te, edits)
        title = self.current_title
        lines = []
        if self.rng.random() < 0.2:
            lines.extend(self.rng.sample(CHROME, self.rng.randint(1, 3)))
        lines.append(title)
        text = "\n".join(lines) + "\n\n" + doc.body + "\n"
        cleaned = clean_text(text, title, self.rules)
        if cleaned != doc.body:
            raise RuntimeError(f"{doc_id}: the job's cleaning would not store the generated body "
                               f"(offsets would be wrong); first difference at "
                               f"{next((i for i, (a, b) in enumerate(zip(cleaned, doc.body)) if a != b), min(len(cleaned), len(doc.body)))}")
        rec = {"id": doc_id, "source": source, "title": title}
        if published:
            rec["published"] = published
        rec["text"] = text
        return doc, rec

    def regular(self, i, t):
        rng = self.rng
        source = rng.choices(self.main, self.weights)[0]
        own = [Para(self.chain.sentences(rng)) for _ in range(rng.randint(4, 10))]
        present, pending = set(), []
        if self.recent and rng.random() < self.args.reuse:
            if self.copy_action(source, own, present, pending) and rng.random() < 0.25:
                self.copy_action(source, own, present, pending)
        sign = self.signoff_para(source)
        if sign:
            own.append(sign)
        self.current_title = rng.choice(self.titles)
        doc, rec = self.finish(f"gen-{i:07d}", source, self.published(t), own, pending)
        self.recent.append(doc)
        return rec

    def story_origin(self, i, story):
        rng = self.rng
        source = rng.choice(WIRES)
        paras = [Para(self.chain.sentences(rng, quote=0.5)) for _ in range(rng.randint(3, 6))]
        n = len(paras)
        sign = self.signoff_para(source)
        if sign:
            paras.append(sign)
        self.current_title = story["title"]
        doc, rec = self.finish(f"gen-{i:07d}", source, self.published(story["t0"], always_time=True), paras)
        doc.story_span = (doc.spans[0][0][0], doc.spans[n - 1][-1][1])
        doc.story_sents = [list(p.sents) for p in paras[:n]]
        story["group"] = self.new_group("syndication")
        story["source"] = source
        self.emit(story["group"], doc, *doc.story_span, "origin", "")
        story["done"] = [doc]
        return rec

    def story_member(self, i, story, outlet, t):
        """A syndicated copy: the story copied from its origin (or, one in five, from an earlier
        copy) with light edits, in an outlet of its own."""
        rng, chain = self.rng, self.chain
        src = story["done"][0] if len(story["done"]) == 1 or rng.random() < 0.8 else rng.choice(story["done"][1:])
        story_paras = [list(s) for s in src.story_sents]
        tags = []
        if rng.random() < 0.15 and len(story_paras) >= 3:
            story_paras.pop()
            tags.append("trim=last_paragraph")
        if rng.random() < 0.5:
            flat = [s for p in story_paras for s in p]
            edited, tag = edit_words(rng, chain, flat, rng.uniform(0.005, 0.02))
            it = iter(edited)
            story_paras = [[next(it) for _ in p] for p in story_paras]
            tags.append(tag)
        if rng.random() < 0.25 and has_quotes([s for p in story_paras for s in p]):
            flat = [s for p in story_paras for s in p]
            swapped, tag = swap_quotes(flat)
            it = iter(swapped)
            story_paras = [[next(it) for _ in p] for p in story_paras]
            tags.append(tag)
        if rng.random() < 0.05:
            j = rng.randrange(len(story_paras))
            edited = hyphen_edit(rng, story_paras[j])
            if edited:
                story_paras[j], tag = edited
                tags.append(tag)
        width = rng.randint(60, 75) if rng.random() < 0.1 else None
        paras = [Para(s, width=width) for s in story_paras]
        if width:
            if all(layout_survives(p, self.rules) for p in paras):
                tags.append(f"rewrap={width}")
            else:
                for p in paras:
                    p.width = None
        lede = rng.random() < 0.25
        own = [Para(chain.sentences(rng))] if lede else []
        tail = self.signoff_para(outlet)
        all_paras = own + paras + ([tail] if tail else [])
        self.current_title = story["title"]
        doc, rec = self.finish(f"gen-{i:07d}", outlet, self.published(t), all_paras)
        first = len(own)
        last = first + len(paras) - 1
        doc.story_span = (doc.spans[first][0][0], doc.spans[last][-1][1])
        doc.story_sents = [list(p.sents) for p in paras]
        edits = ",".join(tags) or "none"
        self.emit(story["group"], doc, *doc.story_span, "copy", edits)
        self.event(story["group"], src, *src.story_span, doc, *doc.story_span, edits)
        story["done"].append(doc)
        return rec


def story_sizes(n_docs, args, rng):
    """Copies per syndicated story: one big story and 4-6 medium ones, scaled to the corpus."""
    big = args.syndication_big
    if big is None:
        big = min(1000, max(round(0.032 * n_docs), min(150, n_docs // 8)))
    hi = min(100, max(20, n_docs // 50))
    n_medium = args.syndication_medium if args.syndication_medium is not None else rng.randint(4, 6)
    medium = [rng.randint(min(20, hi), hi) for _ in range(n_medium)]
    sizes = ([big] if big > 0 else []) + medium
    # Syndicated copies take at most a third of the corpus, so small test corpora keep their copies.
    while sizes and sum(sizes) + len(sizes) > n_docs // 3:
        sizes = [s // 2 for s in sizes if s // 2 >= 2]
    return sizes


def plan_stories(n_docs, sizes, gen, rng, base, step):
    """Which indices are story origins and copies, the outlets of the copies and their times."""
    roles = {}
    stories = []
    free = list(range(n_docs))
    rng.shuffle(free)
    taken = set()
    minor = gen.minor
    for sid, size in enumerate(sizes):
        origin = next((j for j in free if j < max(1, n_docs * 0.3) and j not in taken), None)
        if origin is None:
            break
        taken.add(origin)
        later = [j for j in range(origin + 1, n_docs) if j not in taken]
        size = min(size, len(later))
        members = sorted(rng.sample(later, size))
        taken.update(members)
        t0 = base + dt.timedelta(seconds=(origin + rng.random() * 0.9) * step)
        days = 4.0 if sid == 0 else rng.uniform(1.0, 3.0)
        delays = sorted(rng.uniform(0.02, days) for _ in members)
        # Each copy in an outlet of its own: a tenth from the main outlets, the rest minor ones.
        mains = rng.sample([o for o in gen.main if o not in WIRES], min(len(gen.main) - len(WIRES), size // 10))
        if size - len(mains) > len(minor):
            raise SystemExit(f"--minor-outlets {len(minor)} is too few for a story of {size} copies")
        outlets = mains + rng.sample(minor, size - len(mains))
        rng.shuffle(outlets)
        story = {"id": sid, "title": rng.choice(gen.titles), "t0": t0}
        stories.append(story)
        roles[origin] = ("origin", story)
        for j, o, d in zip(members, outlets, delays):
            roles[j] = ("member", story, o, t0 + dt.timedelta(days=d))
    return roles, stories


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, required=True, help="number of articles")
    ap.add_argument("--out", required=True, help="output .jsonl path")
    ap.add_argument("--reuters", default="data/corpus/reuters21578/reuters-000-004.jsonl.gz",
                    help="Reuters JSON Lines sample (default: %(default)s)")
    ap.add_argument("--seeds", default="data/corpus/seeds", help="seed articles (default: %(default)s)")
    ap.add_argument("--reuse", type=float, default=0.2, help="share of articles that copy from another outlet (default: %(default)s)")
    ap.add_argument("--substitute", type=float, default=0.7,
                    help="chance that the chain's content word is replaced by a corpus word of the same shape (default: %(default)s)")
    ap.add_argument("--syndication-big", type=int, default=None,
                    help="copies of the big syndicated story, each in its own outlet; 0 for none "
                         "(default: 3.2%% of --docs, at least min(150, docs/8), at most 1000)")
    ap.add_argument("--syndication-medium", type=int, default=None,
                    help="number of stories syndicated to 20-100 outlets (default: 4-6, drawn from the seed)")
    ap.add_argument("--minor-outlets", type=int, default=None,
                    help="minor outlets generated for syndication (default: the big story's copies + 100)")
    ap.add_argument("--signoff", type=float, default=0.6,
                    help="share of a main outlet's articles that end with its sign-off paragraph (default: %(default)s)")
    ap.add_argument("--line-rules", default=str(DEFAULT_LINE_RULES),
                    help="the job's line rules, to check the text survives cleaning (default: %(default)s)")
    ap.add_argument("--start", default="2020-01-06", help="first publication date (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default: %(default)s)")
    args = ap.parse_args()
    if args.docs < 1:
        ap.error("--docs must be at least 1")
    for path, what in ((args.reuters, "--reuters"), (args.seeds, "--seeds"), (args.line_rules, "--line-rules")):
        if not Path(path).exists():
            ap.error(f"{what} {path}: not found (run from the repository root, or pass the path)")

    t_start = time.time()
    rng = random.Random(args.seed)
    pool, titles = load_pool(args.reuters, args.seeds)
    chain = Markov(pool, args.substitute)
    rules = LineRules(args.line_rules)
    sizes = story_sizes(args.docs, args, rng)
    if args.minor_outlets is None:
        args.minor_outlets = max(sizes, default=0) + 100
    gen = Generator(args, rng, chain, titles, rules)
    base = dt.datetime.fromisoformat(args.start)
    days = max(20.0, args.docs / 150)
    step = days * 86400 / args.docs
    roles, stories = plan_stories(args.docs, sizes, gen, rng, base, step)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    total_bytes = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(args.docs):
            role = roles.get(i)
            if role is None:
                rec = gen.regular(i, base + dt.timedelta(seconds=(i + rng.random() * 0.9) * step))
            elif role[0] == "origin":
                rec = gen.story_origin(i, role[1])
            else:
                rec = gen.story_member(i, role[1], role[2], role[3])
            line = json.dumps(rec, ensure_ascii=False)
            total_bytes += len(line.encode("utf-8")) + 1
            f.write(line + "\n")

    paths = planted_paths(out)
    gen.occurrences.sort(key=lambda r: (r[0], r[3], r[6]))
    write_tsv(paths["passages"], PASSAGES_COLUMNS, gen.occurrences)
    write_tsv(paths["copies"], COPIES_COLUMNS, gen.events)
    # The historic file: planted document pairs, with the paragraphs each pair shares.
    legacy = Counter()
    story_paras = {d.id: len(d.story_sents) for s in stories for d in s.get("done", [])}
    for e in gen.events:
        legacy[(e[3], e[7])] += 1 if e[2] == "copy" else story_paras[e[7]]
    with open(paths["legacy"], "w", encoding="utf-8") as f:
        f.write("copied_from\tcopied_by\tparagraphs\n")
        for (a, b), k in sorted(legacy.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            f.write(f"{a}\t{b}\t{k}\n")
    kinds = Counter(r[2] for r in gen.events)
    print(f"{out}: {args.docs} articles, {total_bytes / 1e6:.1f} MB, "
          f"{len(set(r[4] for r in gen.occurrences) | set(gen.main))} outlets, "
          f"{kinds['copy']} copy events, syndicated stories of {', '.join(str(len(s.get('done', [])) - 1) for s in stories)} copies, "
          f"{len(gen.boiler_group)} boilerplate sign-offs, {len(gen.occurrences)} planted occurrences "
          f"({time.time() - t_start:.1f} s)")


if __name__ == "__main__":
    main()
