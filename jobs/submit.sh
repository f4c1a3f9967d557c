#!/usr/bin/env bash
# Submits the wirelens job jar with spark-submit, settings from a config file.
#
#   jobs/submit.sh [--config FILE] [--conf spark.KEY=VALUE]... [--dry-run] [-- WIRELENS_OPTIONS...]
#
# The config file (default: jobs/conf/local.conf) holds "key = value" lines, '#' comments:
#   spark.*      passed to spark-submit as --conf key=value (spark.master too)
#   wirelens.X   passed to the job as --X value (any option of `jobs/run-local.sh --help`)
# --conf settings and the job options after "--" come after the file's, so they override it.
# spark-submit is taken from $SPARK_HOME/bin, else from PATH. The jar is
# target/wirelens-<version>-job.jar, built with `mvn -q package -DskipTests` when missing or
# older than the sources; WIRELENS_JAR points at another one (a release, a jar on HDFS/S3).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
config="$root/jobs/conf/local.conf"
dry_run=0
extra_conf=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --config) config="$2"; shift 2 ;;
    --dry-run) dry_run=1; shift ;;
    --conf) extra_conf+=(--conf "$2"); shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "submit.sh: unknown argument $1 (job options go after --)" >&2; exit 2 ;;
  esac
done
[[ -f "$config" ]] || { echo "submit.sh: no config file $config" >&2; exit 2; }

if [[ -n "${SPARK_HOME:-}" ]]; then
  submit="$SPARK_HOME/bin/spark-submit"
else
  submit="$(command -v spark-submit || true)"
fi
if [[ -z "$submit" || ! -x "$submit" ]] && [[ $dry_run -eq 0 ]]; then
  echo "submit.sh: spark-submit not found: set SPARK_HOME to a Spark 3.5 distribution (pip install pyspark==3.5.3 carries one)" >&2
  exit 2
fi

jar="${WIRELENS_JAR:-}"
if [[ -z "$jar" ]]; then
  version="$(sed -n '/<artifactId>wirelens<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q}' "$root/pom.xml")"
  jar="$root/target/wirelens-$version-job.jar"
  if [[ $dry_run -eq 0 ]] && { [[ ! -f "$jar" ]] || [[ -n "$(find "$root/src/main" "$root/data/catalog" "$root/pom.xml" -newer "$jar" -type f | head -1)" ]]; }; then
    echo "wirelens: building the job jar (mvn package)..." >&2
    (cd "$root" && mvn -B -q package -DskipTests >&2)
  fi
fi

spark_args=()
job_args=()
while IFS= read -r line || [[ -n "$line" ]]; do
  line="${line%%#*}"
  [[ "$line" =~ ^[[:space:]]*$ ]] && continue
  if [[ ! "$line" =~ ^[[:space:]]*([A-Za-z0-9_.-]+)[[:space:]]*=[[:space:]]*(.*[^[:space:]])?[[:space:]]*$ ]]; then
    echo "submit.sh: $config: not a 'key = value' line: $line" >&2
    exit 2
  fi
  key="${BASH_REMATCH[1]}"
  value="${BASH_REMATCH[2]:-}"
  case "$key" in
    spark.*) spark_args+=(--conf "$key=$value") ;;
    wirelens.*) job_args+=("--${key#wirelens.}" "$value") ;;
    *) echo "submit.sh: $config: unknown key $key (spark.* or wirelens.*)" >&2; exit 2 ;;
  esac
done < "$config"

cmd=("${submit:-spark-submit}" --class org.wirelens.WirelensJob "${spark_args[@]}" "${extra_conf[@]}" "$jar" "${job_args[@]}" "$@")
if [[ $dry_run -eq 1 ]]; then
  printf '%q ' "${cmd[@]}"
  echo
  exit 0
fi
exec "${cmd[@]}"
