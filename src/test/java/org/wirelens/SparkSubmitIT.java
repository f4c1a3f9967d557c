package org.wirelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.tables.TableDef;
import org.wirelens.tables.Tables;

/**
 * The job jar that {@code mvn package} builds, run as users run it: spark-submit with {@code
 * local[2]}, and on a standalone cluster of a master and two workers on 127.0.0.1 (both by
 * jobs/cluster-check.sh, with a real Spark 3.5.3 distribution from $SPARK_HOME), and on that
 * cluster again with one worker killed (SIGKILL) mid-run. Each must write the same rows as the
 * embedded run, in every table.
 */
class SparkSubmitIT extends SparkTestBase {
  @TempDir static Path tmp;

  @Test
  void sparkSubmitAndAStandaloneClusterWriteTheEmbeddedRunsTables()
      throws IOException, InterruptedException {
    String sparkHome = System.getenv("SPARK_HOME");
    if (sparkHome == null && System.getenv("CI") != null) {
      fail("SPARK_HOME is not set: .ci/run installs pyspark==3.5.3 and points SPARK_HOME at it");
    }
    assumeTrue(sparkHome != null, "SPARK_HOME not set: spark-submit tests skipped");
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.toString().endsWith("-job.jar")).findFirst().orElse(null);
    }
    assertNotNull(jar, "no target/*-job.jar: run through mvn verify, which packages first");

    Path out = tmp.resolve("check");
    Path log = tmp.resolve("cluster-check.log");
    Process p =
        new ProcessBuilder("jobs/cluster-check.sh", out.toString(), jar.toString())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("jobs/cluster-check.sh did not finish in 30 minutes");
    }
    String text = Files.readString(log);
    assertEquals(0, p.exitValue(), text);
    assertTrue(text.contains("Launching executor"), "no executor launched on a worker:\n" + text);

    // The script stops the cluster by process id, however it ends.
    Matcher pids = Pattern.compile("master pid (\\d+), worker pids (\\d+) (\\d+)").matcher(text);
    assertTrue(pids.find(), text);
    for (int g = 1; g <= 3; g++) {
      long pid = Long.parseLong(pids.group(g));
      assertFalse(
          ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
          "cluster process " + pid + " still running");
    }

    Path embedded = tmp.resolve("embedded");
    JobRunner run =
        JobRunner.run(
            "--input", "data/corpus/seeds", "--output", embedded.toString(), "--top", "0");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(text.contains("killed worker 1"), "the fault run did not kill a worker:\n" + text);
    for (String how : List.of("local2", "standalone", "killed")) {
      for (TableDef t : Tables.ALL) {
        if (t.name().equals("run_info")) {
          continue; // durations and the output path differ by design
        }
        List<String> expected = sortedRows(embedded, t);
        assertFalse(expected.isEmpty() && !t.name().equals("rejects"), t.name() + " is empty");
        assertEquals(expected, sortedRows(out.resolve(how), t), how + ": " + t.name());
      }
    }
  }

  private static List<String> sortedRows(Path dir, TableDef t) {
    return TestOutputs.table(spark, dir, t.name()).collectAsList().stream()
        .map(Row::toString)
        .sorted()
        .toList();
  }
}
