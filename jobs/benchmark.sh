#!/usr/bin/env bash
# Benchmark: see jobs/benchmark.py. Example: jobs/benchmark.sh --sizes 10000 100000
exec python3 "$(dirname "$0")/benchmark.py" "$@"
