#!/usr/bin/env python3
"""Derives data/names/given-names.tsv (given name -> gender) from Jörg Michael's nam_dict.txt.

    python3 jobs/given_names.py NAM_DICT [--output data/names/given-names.tsv]

nam_dict.txt (about 48,000 first names from 54 countries, with gender and frequency per country;
GNU Free Documentation License 1.2) ships in the PyPI package gender-guesser
(`pip download gender-guesser`, then gender_guesser/data/nam_dict.txt inside the wheel). The derived
file is under the same licence: data/names/LICENSE-nam_dict.txt is its notice.

Each output row is a name folded as wirelens folds names for matching (NFKD, diacritics dropped,
lower case, ø/ł/æ/ß... as ICU's Latin-ASCII writes them), its gender code from the list, and its highest frequency in any country (hex 1..D
in the list, here 1..13; 0 when none is given):

    M  male            ?M  mostly male (unisex, mostly male)
    F  female          ?F  mostly female
    ?  unisex

Names the list writes with '+' (Arabic, Chinese, Korean names that may be written joined, with a
space or a hyphen) and names of more than one word are left out: wirelens looks up one word, the
first of a person's name. Lines with '+' in column 30 repeat a name with expanded umlauts, as the
list's header asks readers to skip. Two names that fold to one key (Renée, Renee) are merged: the
same gender stays, male and female together become '?'.
"""
import argparse
import sys
import unicodedata
from pathlib import Path

CODES = {"M": "M", "1M": "M", "?M": "?M", "F": "F", "1F": "F", "?F": "?F", "?": "?"}


# Letters NFKD does not decompose, folded as ICU's Latin-ASCII folds them (wirelens's name keys).
EXTRA = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "þ": "th", "ð": "d"})


def fold(name):
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(EXTRA)


def merge(a, b):
    if a == b:
        return a
    male = {"M", "?M"}
    female = {"F", "?F"}
    if {a, b} <= male:
        return "M" if "M" in (a, b) else "?M"
    if {a, b} <= female:
        return "F" if "F" in (a, b) else "?F"
    return "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("nam_dict", help="path to nam_dict.txt")
    ap.add_argument("--output", default="data/names/given-names.tsv")
    args = ap.parse_args()
    names = {}
    with open(args.nam_dict, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("=") or len(line) < 31:
                continue
            if line[29] == "+":
                continue
            code = line[:2].strip()
            if code not in CODES:
                continue
            name = line[3:29].strip()
            if not name or "+" in name or " " in name or "-" in name:
                continue
            freqs = [int(c, 16) for c in line[30:].rstrip("$\n ") if c.strip() and c in "0123456789ABCDEFabcdef"]
            key = fold(name)
            if not key.isalpha():
                continue
            gender = CODES[code]
            freq = max(freqs, default=0)
            if key in names:
                old_gender, old_freq = names[key]
                names[key] = (merge(old_gender, gender), max(old_freq, freq))
            else:
                names[key] = (gender, freq)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Given names and their gender, derived by jobs/given_names.py from nam_dict.txt\n")
        f.write("# (c) 2007-2008 Joerg Michael; GNU Free Documentation License 1.2: see LICENSE-nam_dict.txt.\n")
        f.write("# name (folded, lower case)\tgender (M, ?M, F, ?F, ?)\thighest frequency in a country (0-13)\n")
        for key in sorted(names):
            gender, freq = names[key]
            f.write(f"{key}\t{gender}\t{freq}\n")
    print(f"{len(names)} names -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
