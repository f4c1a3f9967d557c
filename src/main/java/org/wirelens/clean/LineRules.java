package org.wirelens.clean;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.wirelens.WirelensException;

/**
 * The line-removal rules, read from a TSV file ({@code name<TAB>reason<TAB>regex}, '#' comments).
 *
 * <p>Rules live in {@code data/cleaning/} rather than in code so a user can add a site's chrome
 * without rebuilding the job. Patterns match the whole trimmed line, case-insensitively.
 */
public final class LineRules implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<LineRule> rules;

  public LineRules(List<LineRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Reads rules from a TSV file; a malformed line is a configuration error naming the line. */
  public static LineRules load(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WirelensException("cannot read line rules " + file + ": " + e.getMessage());
    }
    List<LineRule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", 3);
      if (parts.length != 3) {
        throw new WirelensException(
            file + ":" + (i + 1) + ": expected name<TAB>reason<TAB>regex, got: " + line);
      }
      try {
        rules.add(
            new LineRule(
                parts[0].trim(),
                parts[1].trim(),
                Pattern.compile(parts[2].trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      } catch (PatternSyntaxException e) {
        throw new WirelensException(file + ":" + (i + 1) + ": bad regex: " + e.getDescription());
      }
    }
    return new LineRules(rules);
  }

  /** The first rule that matches the trimmed line, if any. */
  public Optional<LineRule> match(String trimmedLine) {
    for (LineRule rule : rules) {
      if (rule.matches(trimmedLine)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  public int size() {
    return rules.size();
  }
}
