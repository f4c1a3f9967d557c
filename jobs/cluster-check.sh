#!/usr/bin/env bash
# Runs the job jar the ways a cluster user does, on the sample corpus:
#   1. spark-submit --master local[2]                         -> OUT/local2
#   2. a standalone cluster on 127.0.0.1 (a master and two workers started with spark-class),
#      spark-submit --master spark://127.0.0.1:PORT            -> OUT/standalone
# The cluster is stopped by process id when the script ends, however it ends.
# SparkSubmitIT compares both outputs with an embedded run, table by table.
#
#   SPARK_HOME=... jobs/cluster-check.sh OUT [JAR]
#
# SPARK_HOME: a Spark 3.5.3 distribution (`pip install pyspark==3.5.3` carries one: its
# site-packages/pyspark folder). JAR defaults to target/wirelens-<version>-job.jar.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:?usage: jobs/cluster-check.sh OUT [JAR]}"
: "${SPARK_HOME:?set SPARK_HOME to a Spark 3.5.3 distribution}"
jar="${2:-}"
if [[ -z "$jar" ]]; then
  version="$(sed -n '/<artifactId>wirelens<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q}' "$root/pom.xml")"
  jar="$root/target/wirelens-$version-job.jar"
fi
[[ -f "$jar" ]] || { echo "cluster-check: no job jar $jar (mvn package)" >&2; exit 2; }
mkdir -p "$out/logs"
export SPARK_LOCAL_IP=127.0.0.1
# Workers and executors write here, not into the Spark installation.
export SPARK_WORKER_DIR="$out/work"
input="$root/data/corpus/seeds"
common=(--input "$input" --top 3)

echo "== spark-submit --master local[2]"
WIRELENS_JAR="$jar" "$root/jobs/submit.sh" --config "$root/jobs/conf/local.conf" \
  --conf "spark.master=local[2]" -- "${common[@]}" --output "$out/local2" \
  > "$out/logs/local2.out" 2> "$out/logs/local2.err" \
  || { tail -50 "$out/logs/local2.err" >&2; exit 1; }
grep -E "^input records|^stages" "$out/logs/local2.out"

pids=()
stop_cluster() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_cluster EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port="$(free_port)"
master="spark://127.0.0.1:$port"
echo "== standalone cluster at $master"
"$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port "$(free_port)" > "$out/logs/master.log" 2>&1 &
pids+=($!)
for i in 1 2; do
  "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --cores 1 --memory 3g --webui-port "$(free_port)" --work-dir "$out/work" \
    "$master" > "$out/logs/worker$i.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 120); do
  n="$(grep -c "Registering worker" "$out/logs/master.log" 2>/dev/null || true)"
  [[ "$n" -ge 2 ]] && break
  sleep 1
done
[[ "${n:-0}" -ge 2 ]] || { echo "cluster-check: workers did not register" >&2; tail -20 "$out/logs/"*.log >&2; exit 1; }
echo "master pid ${pids[0]}, worker pids ${pids[1]} ${pids[2]}"

echo "== spark-submit --master $master"
WIRELENS_JAR="$jar" "$root/jobs/submit.sh" --config "$root/jobs/conf/local.conf" \
  --conf "spark.master=$master" --conf spark.executor.memory=2g --conf spark.cores.max=2 \
  -- "${common[@]}" --output "$out/standalone" \
  > "$out/logs/standalone.out" 2> "$out/logs/standalone.err" \
  || { tail -50 "$out/logs/standalone.err" >&2; exit 1; }
grep -E "^input records|^stages" "$out/logs/standalone.out"
# The job ran on the workers' executors, not in the driver.
grep -h "Launching executor" "$out/logs/master.log" | head -2
