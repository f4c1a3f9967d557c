#!/usr/bin/env python3
"""Checks, in Python, that every offset of a wirelens output cuts exactly the text it says.

wirelens stores offsets as UTF-16 code units into documents.text (Java's string indices). Python
strings index code points, so text[begin:end] is wrong after any character beyond U+FFFF (emoji,
CJK extensions, mathematical letters); wirelens_tables.span() cuts at UTF-16 offsets. This script
checks sentences.text, tokens.token and mentions.surface against documents.text with span(), and
documents.n_chars against the UTF-16 length; it also counts the rows where plain slicing would
have been wrong, to show whether the corpus exercises the difference at all.

    python3 jobs/check_offsets.py OUTPUT [--expect-astral]

Exit 0 when every span agrees; 1 with the first mismatches listed otherwise. --expect-astral also
fails when no row needed UTF-16 slicing (the corpus would not test anything).
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "notebooks"))
import wirelens_tables as wl  # noqa: E402

CHECKS = [("sentences", "text"), ("tokens", "token"), ("mentions", "surface")]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", help="a wirelens output folder")
    ap.add_argument("--expect-astral", action="store_true",
                    help="fail when no span needed UTF-16 slicing (the corpus tests nothing)")
    args = ap.parse_args()
    docs = wl.read_pandas(args.output, "documents", columns=["doc_id", "text", "n_chars"])
    texts = dict(zip(docs["doc_id"], docs["text"]))
    bad, checked, astral = [], 0, 0
    for doc_id, text, n in zip(docs["doc_id"], docs["text"], docs["n_chars"]):
        if len(text.encode("utf-16-le")) // 2 != n:
            bad.append(f"documents {doc_id}: n_chars {n} != UTF-16 length")
    for table, column in CHECKS:
        df = wl.read_pandas(args.output, table, columns=["doc_id", "begin", "end", column])
        for doc_id, b, e, value in zip(df["doc_id"], df["begin"], df["end"], df[column]):
            text = texts[doc_id]
            checked += 1
            if wl.span(text, b, e) != value:
                bad.append(f"{table} {doc_id} [{b},{e}): {value!r} != {wl.span(text, b, e)!r}")
            if text[b:e] != value:
                astral += 1
    print(f"{checked} spans checked, {len(bad)} wrong; plain Python slicing would be wrong on {astral}")
    for line in bad[:20]:
        print("  " + line)
    if bad:
        sys.exit(1)
    if args.expect_astral and astral == 0:
        sys.exit("no span needed UTF-16 slicing: the corpus does not test the difference")


if __name__ == "__main__":
    main()
