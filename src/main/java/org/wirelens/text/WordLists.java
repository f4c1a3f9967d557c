package org.wirelens.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirelens.WirelensException;

/**
 * Reads the word lists and small tables the rules are made of ({@code data/lexicon}, {@code
 * data/names}) from the classpath, where the build puts them ({@code pom.xml}, resources). A list
 * is one word a line, a table tab-separated with a header line; lines starting with {@code #} are
 * comments. Each list is read once per JVM by the class that holds it, in a static field, and
 * shared read-only by every task thread.
 */
public final class WordLists {
  /** Where the build puts {@code data/} inside the classes. */
  public static final String RESOURCE_DIR = "wirelens/defaults/";

  private WordLists() {}

  /**
   * The words of a list, e.g. {@code words("lexicon/determiners.txt")}; a word listed twice is an
   * error, so that a list says each word once.
   */
  public static Set<String> words(String file) {
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines(file)) {
      if (!out.add(line)) {
        throw new WirelensException(file + ": " + line + " is listed twice");
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The rows of a table after its header line, each split at tabs into exactly the header's
   * columns; a first column listed twice is an error.
   */
  public static List<String[]> rows(String file) {
    List<String> lines = lines(file);
    if (lines.isEmpty()) {
      throw new WirelensException(file + " has no header line");
    }
    int columns = lines.get(0).split("\t").length;
    List<String[]> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length != columns) {
        throw new WirelensException(file + ": " + columns + " columns expected: " + line);
      }
      if (!keys.add(f[0])) {
        throw new WirelensException(file + ": " + f[0] + " is listed twice");
      }
      out.add(f);
    }
    return out;
  }

  /** The lines of a file that are neither blank nor comments, stripped. */
  private static List<String> lines(String file) {
    InputStream in = WordLists.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new WirelensException(
          RESOURCE_DIR + file + " is not on the classpath: build the job (data/" + file + ")");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new WirelensException("cannot read " + RESOURCE_DIR + file + ": " + e, e);
    }
    return out;
  }
}
