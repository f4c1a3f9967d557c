#!/usr/bin/env python3
"""Compares every table of two wirelens outputs of the same corpus row for row: a refactor must
leave them identical (issue 19). Rows are compared as sets with their multiplicity, whatever the
files' row order; floating-point values must be equal to the last bit. run_info is compared on the
columns that do not depend on the run (counts, rows per table, omitted rows), not on its ids, times
or paths.

    python3 jobs/compare_outputs.py OLD_OUTPUT NEW_OUTPUT [--tables documents mentions ...]
        [--input-prefix /path/of/old/checkout /path/of/new/checkout] [--drop documents.published_day ...]

Prints one line per table (identical, or how many rows each side has that the other has not, with
examples) and exits 1 when any table differs.
"""
import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "notebooks"))
import wirelens_tables as wl  # noqa: E402

# run_info columns that are the same for the same input and options, whatever the run.
RUN_INFO_STABLE = ["input_format", "options", "input_records", "documents", "rejects", "reconciled", "warnings",
                   "rejects_by_reason", "table_rows", "rows_below_minimum", "batches"]


def canonical(value):
    """A hashable, order-stable form of a cell (arrays and maps become tuples)."""
    if hasattr(value, "tolist"):
        value = value.tolist()
    if isinstance(value, dict):
        return tuple(sorted((k, canonical(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        if value and isinstance(value[0], tuple) and len(value[0]) == 2 and all(
                isinstance(x, tuple) and len(x) == 2 for x in value):
            return tuple(sorted((k, canonical(v)) for k, v in value))  # a map read as pairs
        return tuple(canonical(v) for v in value)
    if value != value:  # NaN
        return "NaN"
    return value


def rows(output, table, run_id, prefix=None, drop=()):
    df = wl.read_pandas(output, table, run_id=run_id)
    df = df.drop(columns=[c.split(".", 1)[1] for c in drop if c.split(".", 1)[0] == table and c.split(".", 1)[1] in df.columns])
    if prefix and "input" in df.columns:
        df["input"] = df["input"].str.replace(prefix[0], prefix[1], n=1, regex=False)
    if table == "run_info":
        df = df[[c for c in RUN_INFO_STABLE if c in df.columns]].copy()
        # The options as given, but where the output was written.
        df["options"] = df["options"].map(lambda o: [(k, v) for k, v in (o.items() if isinstance(o, dict) else o)
                                                     if k != "output"])
    df = df[sorted(df.columns)]
    return list(df.columns), Counter(tuple(canonical(v) for v in r) for r in df.itertuples(index=False))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--tables", nargs="*", default=wl.TABLES)
    ap.add_argument("--input-prefix", nargs=2, metavar=("OLD", "NEW"),
                    help="the old output read its input under OLD, the new one under NEW (a checkout elsewhere)")
    ap.add_argument("--drop", nargs="*", default=[], metavar="TABLE.COLUMN",
                    help="columns left out of the comparison (one side added them on purpose)")
    ap.add_argument("--examples", type=int, default=3, help="differing rows shown per table (default: %(default)s)")
    args = ap.parse_args()
    old_run = wl.current_version(args.old)["run_id"]
    new_run = wl.current_version(args.new)["run_id"]
    differ = 0
    for t in args.tables:
        old_cols, old = rows(args.old, t, old_run, args.input_prefix, args.drop)
        new_cols, new = rows(args.new, t, new_run, None, args.drop)
        n_old, n_new = sum(old.values()), sum(new.values())
        if old_cols != new_cols:
            differ += 1
            print(f"{t}: columns differ: {sorted(set(old_cols) ^ set(new_cols))}")
            continue
        gone, added = old - new, new - old
        if not gone and not added:
            print(f"{t}: identical ({n_old} rows)")
            continue
        differ += 1
        print(f"{t}: DIFFERS: {n_old} rows before, {n_new} now; {sum(gone.values())} only before, "
              f"{sum(added.values())} only now")
        for label, side in (("only before", gone), ("only now", added)):
            for r in list(side)[:args.examples]:
                print(f"  {label}: {dict(zip(old_cols, r))}"[:600])
    print(f"{len(args.tables) - differ} of {len(args.tables)} tables identical")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
