"""Helpers shared by the text-reuse benchmark scripts: make_corpus.py, reuse_eval.py, passim_compare.py.

Why one module: the generator, the scorer and the passim runner must agree exactly on three
things, and a copy of each in three scripts would drift:
  - how offsets are counted: UTF-16 code units into `documents.text`, end exclusive, as in every
    wirelens table (`u16len`, `u16slice`, `py_to_u16`);
  - what text the job stores: `clean_text` emulates the job's DocumentCleaner (NFC, every line
    stripped, chrome lines removed by data/cleaning/line_rules.tsv, the headline line moved to the
    title, 3+ newlines collapsed to 2, the whole text stripped), so the generator can prove, article
    by article, that the offsets it plants index the text the job will store;
  - how the planted truth is written: tab-separated files whose text fields escape backslash, tab,
    newline and carriage return (`\\\\`, `\\t`, `\\n`, `\\r`), so one record is one line.
It also holds `find_tables`, the one place that knows where a wirelens output keeps its tables.
"""
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LINE_RULES = ROOT / "data/cleaning/line_rules.tsv"

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


# ---------------------------------------------------------------------------------------------
# UTF-16 offsets

def is_bmp(s):
    """True when every character is in the Basic Multilingual Plane: then Python (code point)
    offsets, Spark/passim string offsets and UTF-16 offsets are the same numbers."""
    return s.isascii() or _ASTRAL.search(s) is None


def u16len(s):
    """Length of s in UTF-16 code units (Java's String.length())."""
    if s.isascii():
        return len(s)
    return len(s.encode("utf-16-le")) // 2


def py_to_u16(s, i):
    """UTF-16 offset of Python index i in s."""
    return i if is_bmp(s) else u16len(s[:i])


def u16slice(s, begin, end):
    """s[begin:end] with begin and end in UTF-16 code units (Java's substring)."""
    if is_bmp(s):
        return s[begin:end]
    return s.encode("utf-16-le")[2 * begin:2 * end].decode("utf-16-le", errors="replace")


# ---------------------------------------------------------------------------------------------
# The job's cleaning, emulated

class LineRules:
    """data/cleaning/line_rules.tsv: name<TAB>reason<TAB>Java regex matched against the whole
    stripped line, case-insensitively. The job compiles them without UNICODE_CHARACTER_CLASS, so
    \\w, \\s and \\b are ASCII classes there: re.ASCII gives Python the same meaning."""

    def __init__(self, path=DEFAULT_LINE_RULES):
        self.rules = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3:
                    raise ValueError(f"{path}: a rule needs name<TAB>reason<TAB>regex: {line!r}")
                self.rules.append((parts[0], re.compile(parts[2].strip(), re.IGNORECASE | re.ASCII)))
        self.any = re.compile("|".join(f"(?:{r.pattern})" for _, r in self.rules), re.IGNORECASE | re.ASCII)

    def match(self, stripped_line):
        """Name of the first rule that matches the whole line, else None."""
        if not stripped_line or not self.any.fullmatch(stripped_line):
            return None
        for name, rule in self.rules:
            if rule.fullmatch(stripped_line):
                return name
        return None


_INVISIBLE = re.compile("[\uFEFF\u200B\u200C\u200D]")
_SPACES = re.compile(r"\s+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r".*[.!?;,]['\"\u2019\u201d)]*$", re.S)


def _java_strip(s):
    # Java's String.strip() removes Character.isWhitespace characters; for the texts generated
    # here (words joined by ASCII spaces and newlines) Python's strip() removes the same ones.
    return s.strip()


def _title_key(s):
    # TextFold.key also folds diacritics, quotes and dashes; lower case with collapsed spaces is
    # enough to detect a line that repeats the title in generated text.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", s).lower()).strip()


def looks_like_headline(line):
    return len(line) <= 200 and len(line.split()) <= 25 and not _SENTENCE_END.match(line)


def clean_text(raw, title, rules):
    """The text wirelens stores in documents.text for an input record (DocumentCleaner.clean)."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    kept = []
    for line in text.split("\n"):
        stripped = _java_strip(_INVISIBLE.sub("", line))
        if stripped and rules.match(stripped):
            continue
        kept.append(stripped)
    title = title.strip() if title and title.strip() else None
    first = next((i for i, line in enumerate(kept) if line), -1)
    if first >= 0:
        line = kept[first]
        if title is not None and _title_key(line) == _title_key(title):
            kept[first] = None
        elif title is None and looks_like_headline(line) and any(kept[first + 1:]):
            title = line
            kept[first] = None
    if title is not None:
        key = _title_key(title)
        kept = [None if line and _title_key(line) == key else line for line in kept]
    out = "".join(line + "\n" for line in kept if line is not None)
    return _BLANK_RUNS.sub("\n\n", out).strip()


# ---------------------------------------------------------------------------------------------
# Planted-truth files

def escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


_UNESCAPE = re.compile(r"\\(.)")


def unescape(s):
    return _UNESCAPE.sub(lambda m: {"t": "\t", "n": "\n", "r": "\r"}.get(m.group(1), m.group(1)), s)


def write_tsv(path, header, rows):
    """Writes rows (sequences in header order); strings are escaped, None is an empty field."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join("" if v is None else escape(v) if isinstance(v, str) else str(v)
                              for v in row) + "\n")


def read_tsv(path, ints=()):
    """Reads a file written by write_tsv into a list of dicts; columns in ints become int (empty
    fields become None)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found (write it with jobs/make_corpus.py)")
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
        for n, line in enumerate(f, start=2):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != len(header):
                raise ValueError(f"{path}:{n}: {len(fields)} fields, the header has {len(header)}")
            rec = {}
            for k, v in zip(header, fields):
                if k in ints:
                    rec[k] = int(v) if v != "" else None
                else:
                    rec[k] = unescape(v)
            out.append(rec)
    return out


PASSAGES_COLUMNS = ["group_id", "kind", "role", "doc_id", "source", "published", "begin", "end", "edits", "text"]
COPIES_COLUMNS = ["event_id", "group_id", "kind", "from_doc", "from_source", "from_begin", "from_end",
                  "to_doc", "to_source", "to_begin", "to_end", "edits"]


def planted_paths(corpus):
    """The planted-truth files make_corpus.py writes beside a corpus."""
    corpus = str(corpus)
    return {"passages": Path(corpus + ".passages.tsv"), "copies": Path(corpus + ".copies.tsv"),
            "legacy": Path(corpus + ".planted.tsv")}


def load_planted(corpus):
    """(occurrences, events) from <corpus>.passages.tsv and <corpus>.copies.tsv."""
    p = planted_paths(corpus)
    occ = read_tsv(p["passages"], ints=("begin", "end"))
    events = read_tsv(p["copies"], ints=("from_begin", "from_end", "to_begin", "to_end"))
    return occ, events


# ---------------------------------------------------------------------------------------------
# Where a wirelens output keeps its tables

def find_tables(root, required=("documents",)):
    """The folder that holds the table folders of a wirelens output: runs/<run_id>/ of its current
    version (the highest _wirelens/versions/v*.json names the run), or the path itself when it is
    already a tables folder."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"{root}: no such directory")
    candidates = [root]
    versions = sorted((root / "_wirelens" / "versions").glob("v*.json"))
    if versions:
        run = json.loads(versions[-1].read_text(encoding="utf-8"))["run_id"]
        candidates.insert(0, root / "runs" / run)
    for c in candidates:
        if all((c / t).is_dir() for t in required):
            return c
    raise FileNotFoundError(f"{root}: no folder with the tables {', '.join(required)} "
                            f"(looked in {', '.join(str(c) for c in candidates)})")


def read_parquet(path, columns=None):
    """A table folder as a pandas DataFrame, with the columns the scorer needs."""
    try:
        import pandas as pd
    except ImportError:
        raise SystemExit("reading Parquet needs pandas and pyarrow: pip install pandas pyarrow "
                         "(jobs/test.sh puts both in .venv/)")
    try:
        return pd.read_parquet(path, columns=columns)
    except (KeyError, ValueError) as e:
        raise ValueError(f"{path}: cannot read columns {columns}: {e}")

