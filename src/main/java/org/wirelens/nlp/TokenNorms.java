package org.wirelens.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.ml.feature.StopWordsRemover;

/**
 * A token's normalised form and whether it is a stop word, as Spark NLP's Normalizer (lower case,
 * every char that is not a letter or a digit removed, nothing left = no form) and StopWordsCleaner
 * (Spark ML's English list, case-insensitive) gave them, computed per token in Java: run as two
 * more annotators, they cost two annotation columns per document and a share of the NLP stage.
 */
public final class TokenNorms {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]");

  private static final Set<String> STOP_WORDS =
      Set.of(StopWordsRemover.loadDefaultStopWords("english"));

  private TokenNorms() {}

  /** The normalised form of a token (of the folded text), or null when none is left. */
  public static String normalized(String token) {
    String n = NOT_WORD.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
    return n.isEmpty() ? null : n;
  }

  /** True for a stop word, or for a token with no normalised form. */
  public static boolean isStop(String normalized) {
    return normalized == null || STOP_WORDS.contains(normalized);
  }
}
