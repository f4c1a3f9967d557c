package org.wirelens.entities.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Title Case headline runs inside a text ("Podesta Said Obamas Should Skip Debate", "SOCCER - JAPAN
 * GET LUCKY WIN"): lines that capitalise every word but small function words, as headlines of the
 * article or of related ones do. A statistical recogniser reads capitals as names, so names found
 * only there are not trusted, and no person's descriptor is taken from them.
 *
 * <p>A line counts when it starts a unit of text (the text's start, or after a blank line, a
 * headline or a line that ends a sentence: a wrapped line of running text continues its sentence),
 * has at least {@value #MIN_CAPITALISED} capitalised words, and no lower-case word but function
 * words.
 */
public final class Headlines {
  static final int MIN_CAPITALISED = 4;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "nor", "but", "by",
          "with", "from", "as", "via", "vs", "v", "per", "into", "over", "after", "amid", "than");

  private final List<int[]> runs;

  private Headlines(List<int[]> runs) {
    this.runs = runs;
  }

  /** The headline runs of a text, with no names recognised in it. */
  public static Headlines of(String text) {
    return of(text, new TreeMap<>());
  }

  /** The headline runs of a text whose recognised names are {@code names} (start to end). */
  public static Headlines of(String text, TreeMap<Integer, Integer> names) {
    List<int[]> runs = new ArrayList<>();
    int start = 0;
    boolean unitStart = true;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end);
      String trimmed = line.strip();
      boolean headline = unitStart && isTitleCase(line, start, names);
      if (headline) {
        runs.add(new int[] {start, end});
      }
      unitStart = trimmed.isEmpty() || headline || endsSentence(trimmed);
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return new Headlines(runs);
  }

  /** Whether [begin, end) lies in a headline run. */
  public boolean contains(int begin, int end) {
    // Runs are few and sorted: a binary search keeps long documents linear.
    int lo = 0;
    int hi = runs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] r = runs.get(mid);
      if (end <= r[0]) {
        hi = mid - 1;
      } else if (begin >= r[1]) {
        lo = mid + 1;
      } else {
        return begin >= r[0] && end <= r[1];
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return runs.isEmpty();
  }

  static boolean isTitleCase(String line) {
    return isTitleCase(line, 0, new TreeMap<>());
  }

  /** {@code line} starts at {@code offset} in the text the {@code names} index. */
  static boolean isTitleCase(String line, int offset, TreeMap<Integer, Integer> names) {
    int capitalised = 0;
    int outsideNames = 0;
    int i = 0;
    while (i < line.length()) {
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      int b = i;
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (b == i) {
        break;
      }
      int lead = b;
      while (lead < i && !Character.isLetterOrDigit(line.charAt(lead))) {
        lead++;
      }
      String w = strip(line.substring(b, i));
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
        Map.Entry<Integer, Integer> name = names.floorEntry(offset + lead);
        if (name == null || name.getValue() <= offset + lead) {
          outsideNames++;
        }
      } else if (!FUNCTION_WORDS.contains(w)) {
        return false;
      }
    }
    return capitalised >= MIN_CAPITALISED && outsideNames >= 2 && outsideNames * 3 >= capitalised;
  }

  private static String strip(String w) {
    int b = 0;
    int e = w.length();
    while (b < e && !Character.isLetterOrDigit(w.charAt(b))) {
      b++;
    }
    while (e > b && !Character.isLetterOrDigit(w.charAt(e - 1))) {
      e--;
    }
    return w.substring(b, e);
  }

  private static boolean endsSentence(String line) {
    char c = line.charAt(line.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == ':';
  }
}
