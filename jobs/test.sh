#!/usr/bin/env bash
# The whole test suite, as CI runs it: the Python tests of the benchmark's reuse scorer, unit tests,
# then (after `mvn package` builds the job jar)
# the integration tests that need Python: spark-submit and a standalone cluster from the pyspark
# package's Spark distribution, and the Jupyter notebooks executed headless.
#
#   jobs/test.sh [extra mvn arguments]
#
# Python packages go into .venv/ (created once from notebooks/requirements.txt). For the unit
# tests alone: mvn -B test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv"
if [[ ! -x "$venv/bin/python" ]] || ! cmp -s "$root/notebooks/requirements.txt" "$venv/requirements.txt"; then
  echo "wirelens: installing notebooks/requirements.txt into .venv/ ..."
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$root/notebooks/requirements.txt"
  cp "$root/notebooks/requirements.txt" "$venv/requirements.txt"
fi
SPARK_HOME="$("$venv/bin/python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')"
export SPARK_HOME
export WIRELENS_PYTHON="$venv/bin/python"
cd "$root"
# The benchmark's reuse generator and scorer are tested too: their figures judge the job.
"$venv/bin/python" jobs/reuse_bench_test.py
"$venv/bin/python" jobs/story_eval_test.py
exec mvn -B verify "$@"
