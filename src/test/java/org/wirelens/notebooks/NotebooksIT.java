package org.wirelens.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirelens.JobRunner;
import org.wirelens.SparkTestBase;

/**
 * The Jupyter notebooks in notebooks/, executed headless (papermill, by jobs/notebooks.py) against
 * a fresh output of the sample corpus: no cell may fail, and each writes its plots. WIRELENS_PYTHON
 * is a Python with notebooks/requirements.txt installed (jobs/test.sh makes one).
 */
class NotebooksIT extends SparkTestBase {
  @TempDir static Path tmp;

  @Test
  void everyNotebookRunsOnTheSampleOutput() throws IOException, InterruptedException {
    String python = System.getenv("WIRELENS_PYTHON");
    if (python == null && System.getenv("CI") != null) {
      fail("WIRELENS_PYTHON is not set: jobs/test.sh installs notebooks/requirements.txt");
    }
    assumeTrue(python != null, "WIRELENS_PYTHON not set: notebook tests skipped");
    Path out = tmp.resolve("out");
    JobRunner run =
        JobRunner.run("--input", "data/corpus/seeds", "--output", out.toString(), "--top", "0");
    assertEquals(0, run.exitCode(), run.err());

    Path build = tmp.resolve("build");
    Path log = tmp.resolve("notebooks.log");
    Process p =
        new ProcessBuilder(
                python,
                "jobs/notebooks.py",
                "--output",
                out.toString(),
                "--build",
                build.toString())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(20, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("notebooks did not finish in 20 minutes");
    }
    assertEquals(0, p.exitValue(), Files.readString(log));

    List<Path> executed;
    try (Stream<Path> files = Files.list(build)) {
      executed = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertEquals(3, executed.size(), executed.toString());
    for (Path nb : executed) {
      JsonNode root = new ObjectMapper().readTree(nb.toFile());
      int outputs = 0;
      for (JsonNode cell : root.get("cells")) {
        for (JsonNode o : cell.path("outputs")) {
          assertFalse("error".equals(o.path("output_type").asText()), nb + ": " + o);
          outputs++;
        }
      }
      assertTrue(outputs > 3, nb + " shows almost nothing");
    }
    // The overlap notebook shows the Lavrov quote that Anadolu and Al-Ahed share.
    String overlap = Files.readString(build.resolve("source-overlap.ipynb"));
    assertTrue(overlap.contains("a definitive result has not been achieved"), "shared quote");
    // The quotes notebook shows the same quotation as one carried by two outlets, one speaker.
    String quotes = Files.readString(build.resolve("quotes.ipynb"));
    assertTrue(quotes.contains("a definitive result has not been achieved"), "carried quotation");
    assertTrue(quotes.contains("Sergei Lavrov"), "its speaker");
    for (String png :
        List.of(
            "cooccurrence-network.png",
            "source-overlap-heatmap.png",
            "quote-speakers-by-source.png",
            "top-entities-by-source.png")) {
      assertTrue(Files.size(build.resolve(png)) > 10_000, png);
    }
  }
}
