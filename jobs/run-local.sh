#!/usr/bin/env bash
# Runs wirelens with embedded Spark (local[*]), building it first when the sources changed.
#   jobs/run-local.sh --input data/corpus/seeds --output out/seeds [options]
#   jobs/run-local.sh --help
# Extra JVM settings: WIRELENS_JAVA_OPTS (default -Xmx4g).
# The classpath is compile scope, which includes Spark (provided in the job jar).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cp_file=target/classpath.txt
stamp=target/classes/.built
if [ ! -f "$stamp" ] || [ ! -f "$cp_file" ] || [ pom.xml -nt "$stamp" ] \
   || [ -n "$(find src/main -newer "$stamp" -type f -print -quit)" ]; then
  echo "wirelens: building (mvn compile)..." >&2
  mvn -B -q -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=compile >&2
  touch "$stamp"
fi
opens="$(sed -n 's#.*<java17.opens>\(.*\)</java17.opens>.*#\1#p' pom.xml)"
# shellcheck disable=SC2086
exec java ${WIRELENS_JAVA_OPTS:--Xmx4g} $opens \
  -cp "target/classes:$(cat "$cp_file")" org.wirelens.WirelensJob "$@"
