package org.wirelens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wirelens.clean.CleanedText;
import org.wirelens.clean.DocumentCleaner;
import org.wirelens.clean.LineRules;
import org.wirelens.text.Languages;

/**
 * Scores {@link Languages#detect} against gold languages: SemEval-2022 Task 8's pairs JSON Lines
 * ({@code text1}/{@code lang1}, {@code text2}/{@code lang2}), each article cleaned as the job
 * cleans it and read as the job reads it (title and text). Prints accuracy per gold language and
 * overall, the undetected (null) and what each language was mistaken for; exits 1 below the target.
 *
 * <pre>java -cp ... org.wirelens.bench.LanguageAccuracy PAIRS.jsonl [LINE_RULES.tsv] [TARGET]</pre>
 */
public final class LanguageAccuracy {
  private LanguageAccuracy() {}

  /** Per gold language: articles, right, undetected, and the wrong languages given. */
  private static final class Tally {
    int n;
    int right;
    int none;
    final Map<String, Integer> wrong = new TreeMap<>();
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: LanguageAccuracy PAIRS.jsonl [LINE_RULES.tsv] [TARGET]");
      System.exit(2);
    }
    Path rules = Path.of(args.length > 1 ? args[1] : "data/cleaning/line_rules.tsv");
    double target = args.length > 2 ? Double.parseDouble(args[2]) : 0.98;
    DocumentCleaner cleaner = new DocumentCleaner(LineRules.load(rules));
    long before = usedHeap();
    long loading = System.nanoTime();
    Languages.detect("The detector's profiles are loaded on first use, which this measures.");
    double loadSeconds = (System.nanoTime() - loading) / 1e9;
    long detectorHeap = usedHeap() - before;
    long detectNanos = 0;
    ObjectMapper json = new ObjectMapper();
    Map<String, Tally> byLang = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode pair = json.readTree(line);
        for (String k : new String[] {"1", "2"}) {
          String gold = pair.path("lang" + k).asText();
          JsonNode t = pair.get("text" + k);
          CleanedText c = cleaner.clean(t == null || t.isNull() ? "" : t.asText(), null);
          long t0 = System.nanoTime();
          String got = Languages.detect(Languages.documentText(c.title(), c.text()));
          detectNanos += System.nanoTime() - t0;
          Tally tally = byLang.computeIfAbsent(gold, g -> new Tally());
          tally.n++;
          if (gold.equals(got)) {
            tally.right++;
          } else if (got == null) {
            tally.none++;
          } else {
            tally.wrong.merge(got, 1, Integer::sum);
          }
        }
      }
    }
    int n = 0;
    int right = 0;
    System.out.printf(
        Locale.ROOT,
        "%-4s %6s %6s %8s %6s  %s%n",
        "lang",
        "n",
        "right",
        "accuracy",
        "null",
        "wrong");
    for (Map.Entry<String, Tally> e : byLang.entrySet()) {
      Tally t = e.getValue();
      n += t.n;
      right += t.right;
      System.out.printf(
          Locale.ROOT,
          "%-4s %6d %6d %8.4f %6d  %s%n",
          e.getKey(),
          t.n,
          t.right,
          (double) t.right / t.n,
          t.none,
          t.wrong);
    }
    double accuracy = n == 0 ? 0 : (double) right / n;
    System.out.printf(
        Locale.ROOT, "all  %6d %6d %8.4f  (target %.2f)%n", n, right, accuracy, target);
    System.out.printf(
        Locale.ROOT,
        "detector: loaded in %.1f s, %.0f MB of heap; %.2f ms per article%n",
        loadSeconds,
        detectorHeap / 1e6,
        detectNanos / 1e6 / n);
    if (accuracy < target) {
      System.exit(1);
    }
  }
}
