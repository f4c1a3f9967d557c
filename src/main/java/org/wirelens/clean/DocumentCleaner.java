package org.wirelens.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.wirelens.text.TextFold;

/**
 * Cleans one article: NFC, chrome lines removed by {@link LineRules}, a leading headline moved to
 * the title, repeated headlines dropped. Pure Java, so it is unit-tested without Spark.
 */
public final class DocumentCleaner implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Reason recorded for the headline line that became the title. */
  public static final String REASON_TITLE = "title";

  /** Reason recorded for a later line that repeats the title. */
  public static final String REASON_DUPLICATE_TITLE = "duplicate_title";

  private static final int MAX_TITLE_CHARS = 200;
  private static final int MAX_TITLE_WORDS = 25;
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;,]['\"’”)]*$");
  private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");
  private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B\\u200C\\u200D]");

  private final LineRules rules;

  public DocumentCleaner(LineRules rules) {
    this.rules = rules;
  }

  /**
   * Cleans {@code raw}. When {@code givenTitle} is non-blank it is kept, and a leading line equal
   * to it is removed; otherwise a leading headline-like line becomes the title.
   */
  public CleanedText clean(String raw, String givenTitle) {
    String text = TextFold.nfc(raw).replace("\r\n", "\n").replace('\r', '\n');
    String[] lines = text.split("\n", -1);
    List<RemovedLine> removed = new ArrayList<>();
    List<String> kept = new ArrayList<>(lines.length);
    List<Integer> keptLineNos = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = INVISIBLE.matcher(line).replaceAll("").strip();
      Optional<LineRule> rule = trimmed.isEmpty() ? Optional.empty() : rules.match(trimmed);
      if (rule.isPresent()) {
        removed.add(new RemovedLine(i + 1, line, rule.get().reason(), rule.get().name()));
      } else {
        kept.add(trimmed);
        keptLineNos.add(i + 1);
      }
    }

    String title = givenTitle == null || givenTitle.isBlank() ? null : givenTitle.strip();
    int first = firstNonBlank(kept, 0);
    if (first >= 0) {
      String line = kept.get(first);
      if (title != null && TextFold.key(line).equals(TextFold.key(title))) {
        removed.add(new RemovedLine(keptLineNos.get(first), line, REASON_TITLE, REASON_TITLE));
        kept.set(first, null);
      } else if (title == null && looksLikeHeadline(line) && firstNonBlank(kept, first + 1) >= 0) {
        title = line;
        removed.add(new RemovedLine(keptLineNos.get(first), line, REASON_TITLE, REASON_TITLE));
        kept.set(first, null);
      }
    }
    if (title != null) {
      String titleKey = TextFold.key(title);
      for (int i = 0; i < kept.size(); i++) {
        String line = kept.get(i);
        if (line != null && !line.isEmpty() && TextFold.key(line).equals(titleKey)) {
          removed.add(
              new RemovedLine(
                  keptLineNos.get(i), line, REASON_DUPLICATE_TITLE, REASON_DUPLICATE_TITLE));
          kept.set(i, null);
        }
      }
    }

    StringBuilder out = new StringBuilder(text.length());
    for (String line : kept) {
      if (line != null) {
        out.append(line).append('\n');
      }
    }
    String cleaned = BLANK_RUNS.matcher(out.toString()).replaceAll("\n\n").strip();
    removed.sort((a, b) -> Integer.compare(a.lineNo(), b.lineNo()));
    return new CleanedText(cleaned, title, List.copyOf(removed));
  }

  private static int firstNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line != null && !line.isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** A headline is short, a single line, and does not end like a sentence. */
  static boolean looksLikeHeadline(String line) {
    return line.length() <= MAX_TITLE_CHARS
        && line.split("\\s+").length <= MAX_TITLE_WORDS
        && !SENTENCE_END.matcher(line).matches();
  }
}
