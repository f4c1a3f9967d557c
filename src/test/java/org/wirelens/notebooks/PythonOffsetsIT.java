package org.wirelens.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.JobRunner;
import org.wirelens.SparkTestBase;

/**
 * Offsets agree in Python too: the job runs on articles with emoji, astral CJK, combining marks,
 * right-to-left text, zero-width characters and CRLF, and {@code jobs/check_offsets.py} (pandas,
 * with {@code wirelens_tables.span}, which cuts at UTF-16 offsets) finds every sentence, token and
 * mention where the tables say, on a corpus where plain Python slicing would not.
 */
class PythonOffsetsIT extends SparkTestBase {
  @TempDir static Path tmp;

  @Test
  void everySpanAgreesInPython() throws IOException, InterruptedException {
    String python = System.getenv("WIRELENS_PYTHON");
    if (python == null && System.getenv("CI") != null) {
      fail("WIRELENS_PYTHON is not set: jobs/test.sh installs notebooks/requirements.txt");
    }
    assumeTrue(python != null, "WIRELENS_PYTHON not set: Python checks skipped");
    Path out = tmp.resolve("out");
    JobRunner run =
        JobRunner.run(
            "--input",
            "src/test/resources/corpus/unicode.jsonl",
            "--output",
            out.toString(),
            "--top",
            "0");
    assertEquals(0, run.exitCode(), run.err());
    Path log = tmp.resolve("check.log");
    Process p =
        new ProcessBuilder(python, "jobs/check_offsets.py", out.toString(), "--expect-astral")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("check_offsets.py did not finish");
    }
    String output = Files.readString(log);
    assertEquals(0, p.exitValue(), output);
    assertTrue(output.contains(", 0 wrong;"), output);
  }
}
