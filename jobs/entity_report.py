#!/usr/bin/env python3
"""Top entities and co-occurring pairs per type in a wirelens output, for checking a recogniser
on a new corpus by eye (how the Reuters figures in the issue notes were produced).

    .venv/bin/python jobs/entity_report.py OUTPUT [--top 10] [--scope sentence]

Needs pandas and pyarrow (notebooks/requirements.txt; jobs/test.sh installs them into .venv/).
Prints, per entity type, the most mentioned entities with their documents, surface forms and
recognisers; then per pair of types, the pairs sharing the most units of the scope, with G²; then
what the acronym and surname rules contributed.
"""
import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "notebooks"))
import wirelens_tables as wl  # noqa: E402


RUN = {}


def table(output, name):
    # One version for every table read, even if a run publishes meanwhile.
    run = RUN.setdefault(output, wl.current_version(output)["run_id"])
    return wl.read_pandas(output, name, run_id=run)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("output", help="a wirelens --output folder")
    ap.add_argument("--top", type=int, default=10, help="rows per type or type pair (default: %(default)s)")
    ap.add_argument("--scope", default="sentence", choices=["sentence", "document"],
                    help="co-occurrence scope (default: %(default)s)")
    args = ap.parse_args()

    entities = table(args.output, "entities")
    mentions = table(args.output, "mentions")
    cooc = table(args.output, "cooccurrence")
    print(f"{len(entities)} entities, {len(mentions)} mentions")
    print(mentions.groupby(["recognizer", "match_kind"]).size().rename("mentions").to_string())

    for etype, group in entities.groupby("type"):
        print(f"\n## top {etype} entities (of {len(group)})")
        for e in group.sort_values(["n_mentions", "entity_id"], ascending=[False, True]).head(args.top).itertuples():
            forms = ", ".join(list(e.surface_forms)[:5])
            print(f"  {e.n_mentions:6d} mentions {e.n_docs:5d} docs  {e.name}  [{e.entity_id}]  "
                  f"forms: {forms}  by: {'+'.join(e.recognizers)}")

    types = entities.set_index("entity_id")["type"]
    pairs = cooc[cooc.scope == args.scope].copy()
    pairs["type_a"] = pairs.entity_a.map(types)
    pairs["type_b"] = pairs.entity_b.map(types)
    pairs["types"] = [" - ".join(sorted(t)) for t in zip(pairs.type_a, pairs.type_b)]
    for types_key in sorted(pairs.types.unique(), key=lambda k: -int((pairs.types == k).sum())):
        group = pairs[pairs.types == types_key]
        print(f"\n## top {types_key} pairs by {args.scope}s shared (of {len(group)})")
        for p in group.sort_values(["n_units", "llr", "entity_a", "entity_b"], ascending=[False, False, True, True]).head(args.top).itertuples():
            print(f"  {p.n_units:5d} {args.scope}s {p.n_docs:5d} docs  G2 {p.llr:8.1f}  {p.name_a} + {p.name_b}")

    acr = mentions[mentions.match_kind.isin(["acronym", "acronym_long_form"])]
    if len(acr):
        print(f"\n## acronym mentions: {len(acr)} in {acr.doc_id.nunique()} documents; most frequent")
        top = acr.groupby(["surface", "entity_id"]).size().sort_values(ascending=False).head(args.top)
        print(top.rename("mentions").to_string())


if __name__ == "__main__":
    main()
