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
 * fresh outputs of the sample corpus and of the Reuters sample (5,000 real articles, one outlet,
 * 416 empty), so they are known to work on a real corpus, not just on five articles: no cell may
 * fail, and each writes its plots. WIRELENS_PYTHON is a Python with notebooks/requirements.txt
 * installed (jobs/test.sh makes one).
 */
class NotebooksIT extends SparkTestBase {
  @TempDir static Path tmp;

  private static final List<String> NOTEBOOKS =
      List.of(
          "corpus-and-entities.ipynb",
          "quotes.ipynb",
          "source-overlap.ipynb",
          "stories.ipynb",
          "text-reuse.ipynb");

  @Test
  void everyNotebookRunsOnTheSampleOutput() throws IOException, InterruptedException {
    Path build = execute("seeds", "data/corpus/seeds");
    // The overlap, reuse and quotes notebooks show the Lavrov quote that Anadolu and Al-Ahed
    // share; the quotes notebook as one quotation carried by two outlets, with its speaker.
    for (String nb : List.of("source-overlap.ipynb", "text-reuse.ipynb", "quotes.ipynb")) {
      assertTrue(
          Files.readString(build.resolve(nb)).contains("a definitive result has not been achieved"),
          nb + ": shared quote");
    }
    assertTrue(Files.readString(build.resolve("quotes.ipynb")).contains("Sergei Lavrov"));
    // The January talks are one story of four outlets, the August visit another; Al-Ahed quoted
    // Lavrov in it and reused Anadolu's text.
    String stories = Files.readString(build.resolve("stories.ipynb"));
    assertTrue(stories.contains("2 stories over 5 documents"), "stories summary");
    assertTrue(stories.contains("Sergei Lavrov (2)"), "speakers side by side");
    assertTrue(stories.contains("Anadolu Agency (1, 17)"), "reuse side by side");
  }

  @Test
  void everyNotebookRunsOnTheReutersSampleOutput() throws IOException, InterruptedException {
    Path build =
        execute("reuters", "data/corpus/reuters21578/reuters-000-004.jsonl.gz", "--ner", "corenlp");
    String entities = Files.readString(build.resolve("corpus-and-entities.ipynb"));
    assertTrue(
        entities.contains("input records 5000 = documents 4584 + rejects 416"), "reconciled");
    String reuse = Files.readString(build.resolve("text-reuse.ipynb"));
    assertTrue(reuse.contains(" passages in "), "reuse summary");
    assertTrue(
        Files.readString(build.resolve("stories.ipynb")).contains(" stories over 4584 documents"),
        "stories summary");
  }

  private static Path execute(String name, String input, String... options)
      throws IOException, InterruptedException {
    String python = System.getenv("WIRELENS_PYTHON");
    if (python == null && System.getenv("CI") != null) {
      fail("WIRELENS_PYTHON is not set: jobs/test.sh installs notebooks/requirements.txt");
    }
    assumeTrue(python != null, "WIRELENS_PYTHON not set: notebook tests skipped");
    Path out = tmp.resolve("out-" + name);
    List<String> args =
        new java.util.ArrayList<>(
            List.of("--input", input, "--output", out.toString(), "--top", "0"));
    args.addAll(List.of(options));
    JobRunner run = JobRunner.run(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());

    Path build = tmp.resolve("build-" + name);
    Path log = tmp.resolve("notebooks-" + name + ".log");
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
    assertEquals(NOTEBOOKS, executed.stream().map(f -> f.getFileName().toString()).toList(), name);
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
    for (String png :
        List.of(
            "cooccurrence-network.png",
            "top-entities-by-source.png",
            "reuse-timeline.png",
            "quote-speakers-by-source.png",
            "stories-timeline.png")) {
      assertTrue(Files.size(build.resolve(png)) > 10_000, name + ": " + png);
    }
    return build;
  }
}
