#!/usr/bin/env python3
"""Executes every Jupyter notebook in notebooks/ headless (papermill) against one wirelens output.

Executed copies and their plots go to notebooks/build/ (ignored by git); a cell error fails the
run with the notebook and cell named. --update-figure then copies the representative plot (the
co-occurrence network) to notebooks/, where the README shows it.

    pip install -r notebooks/requirements.txt
    jobs/run-local.sh --input data/corpus/seeds --output out/seeds
    python3 jobs/notebooks.py --output out/seeds [--update-figure]
"""
import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
FIGURE = "cooccurrence-network.png"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", required=True, help="a complete wirelens output folder")
    ap.add_argument("--build", default=str(NOTEBOOKS / "build"), help="where executed notebooks and plots go (default: %(default)s)")
    ap.add_argument("--update-figure", action="store_true", help=f"copy the executed {FIGURE} to notebooks/")
    args = ap.parse_args()
    try:
        import papermill
    except ImportError:
        sys.exit("papermill is missing: pip install -r notebooks/requirements.txt")
    output = Path(args.output).resolve()
    if not list((output / "_wirelens" / "versions").glob("v*.json")):
        sys.exit(f"{output} has no published wirelens version: run the job first")
    build = Path(args.build).resolve()
    build.mkdir(parents=True, exist_ok=True)
    notebooks = sorted(NOTEBOOKS.glob("*.ipynb"))
    if not notebooks:
        sys.exit("no notebooks in notebooks/")
    for nb in notebooks:
        print(f"executing {nb.name}", flush=True)
        try:
            papermill.execute_notebook(str(nb), str(build / nb.name), cwd=str(NOTEBOOKS),
                                       parameters={"output": str(output), "figures": str(build)},
                                       kernel_name="python3", progress_bar=False)
        except papermill.PapermillExecutionError as e:
            sys.exit(f"{nb.name}: cell {e.exec_count} failed: {e.ename}: {e.evalue}")
    if args.update_figure:
        shutil.copyfile(build / FIGURE, NOTEBOOKS / FIGURE)
        print(f"updated notebooks/{FIGURE}")
    print(f"{len(notebooks)} notebooks executed into {build}")


if __name__ == "__main__":
    main()
