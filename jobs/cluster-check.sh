#!/usr/bin/env bash
# Runs the job jar the ways a cluster user does, on the sample corpus:
#   1. spark-submit --master local[2]                         -> OUT/local2
#   2. a standalone cluster on 127.0.0.1 (a master and two workers started with spark-class),
#      spark-submit --master spark://127.0.0.1:PORT            -> OUT/standalone
#   3. the same, with one worker killed (SIGKILL) mid-run      -> OUT/killed
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

# 3. Faults: the same run, and once its nlp stage has finished (cached NLP output and shuffle
#    files now live on both executors), worker 1 is killed with SIGKILL. Its executor dies with it
#    (the executor's WorkerWatcher ends it when the worker's connection drops); Spark must rerun
#    the lost tasks and recompute the lost data from the input on the other worker, and the tables
#    must still equal the embedded run's (SparkSubmitIT compares them).
echo "== spark-submit --master $master, worker 1 killed mid-run"
WIRELENS_JAR="$jar" "$root/jobs/submit.sh" --config "$root/jobs/conf/local.conf" \
  --conf "spark.master=$master" --conf spark.executor.memory=2g --conf spark.cores.max=2 \
  -- "${common[@]}" --output "$out/killed" \
  > "$out/logs/killed.out" 2> "$out/logs/killed.err" &
job=$!
for _ in $(seq 1 1200); do
  grep -q "stage nlp finished" "$out/logs/killed.err" 2>/dev/null && break
  kill -0 "$job" 2>/dev/null || break
  sleep 0.25
done
grep -q "stage nlp finished" "$out/logs/killed.err" \
  || { echo "cluster-check: the job ended before its nlp stage finished" >&2; tail -50 "$out/logs/killed.err" >&2; exit 1; }
kill -9 "${pids[1]}"
echo "killed worker 1 (pid ${pids[1]}) with SIGKILL after the nlp stage"
wait "$job" || { tail -50 "$out/logs/killed.err" >&2; exit 1; }
grep -E "^input records|^stages" "$out/logs/killed.out"
# The kill was felt: the driver lost that worker's executor and went on without it.
grep -m1 -E "Lost executor|ExecutorLostFailure|Executor .* lost" "$out/logs/killed.err" \
  || { echo "cluster-check: the driver never lost an executor" >&2; exit 1; }
