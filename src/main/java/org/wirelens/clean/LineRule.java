package org.wirelens.clean;

import java.io.Serializable;
import java.util.regex.Pattern;

/** One rule that removes a whole line: its name, the reason recorded, and the pattern. */
public record LineRule(String name, String reason, Pattern pattern) implements Serializable {

  /** True when the trimmed line matches the whole pattern. */
  public boolean matches(String trimmedLine) {
    return pattern.matcher(trimmedLine).matches();
  }
}
