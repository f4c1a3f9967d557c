package org.wirelens.nlp;

import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.PragmaticDictionaries$;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirelens.text.WordLists;
import scala.collection.JavaConverters;

/**
 * Sentence ends that are abbreviations ("Mr.", "Dr.", "Jan.", "Inc.", "U.S."), mended after Spark
 * NLP's SentenceDetector runs without its own abbreviation handling: with it, sentence detection
 * costs about twice as much (13.2 s against 6.0 s on the Reuters sample's 4,584 articles, two
 * cores), and a split after a known abbreviation is cheap to undo.
 *
 * <p>Two sentences are one when the first ends with an abbreviation and the second does not start a
 * sentence after it: it starts in lower case, with a digit or with punctuation ("Hughes Tool Co.
 * said", "Jan. 14", "Inc., which"), or the abbreviation is a title that precedes a name ("Dr. John
 * Spika", "St. Louis", "Gen. Haftar"), or an initial ("Walter B. Dial"). The abbreviations are
 * Spark NLP's own lists (PragmaticDictionaries), so boundaries stay as its detector drew them
 * (99.6% of the Reuters sample's sentences identical), plus ranks and offices before a name from
 * the job's one list of abbreviations ({@code data/lexicon/abbreviations.tsv}, column mend).
 */
final class Abbreviations {
  /** The job's abbreviations, which quotes/Tokens and quotes/QuoteMarks read too. */
  static final String FILE = "lexicon/abbreviations.tsv";

  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}][\\p{L}.]*)\\.\\s*$");

  /** Abbreviations after which a lower-case word, a digit or punctuation continues a sentence. */
  private static final Set<String> KNOWN = new HashSet<>();

  /** Titles and forms that precede a name: never a sentence end before a capitalised word. */
  private static final Set<String> PREPOSITIVE = new HashSet<>();

  static {
    var dictionaries = PragmaticDictionaries$.MODULE$;
    KNOWN.addAll(JavaConverters.seqAsJavaList(dictionaries.ABBREVIATIONS()));
    KNOWN.addAll(JavaConverters.seqAsJavaList(dictionaries.NUMBER_ABBREVIATIONS()));
    PREPOSITIVE.addAll(JavaConverters.seqAsJavaList(dictionaries.PREPOSITIVE_ABBREVIATIONS()));
    // Ranks and offices before a name, which Spark NLP's lists lack ("Gen. Khalifa Haftar"): the
    // job's abbreviation list marks them (mend), and says why "Rep." is not among them.
    for (String[] r : WordLists.rows(FILE)) {
      if (r[1].equals("yes")) {
        PREPOSITIVE.add(r[0]);
      }
    }
    KNOWN.addAll(PREPOSITIVE);
  }

  private Abbreviations() {}

  /**
   * Whether the sentence {@code text[begin, end)} and the one starting at {@code next} are one
   * sentence split after an abbreviation.
   */
  static boolean joins(String text, int begin, int end, int next) {
    Matcher m = LAST_WORD.matcher(text).region(begin, end);
    if (!m.find()) {
      return false;
    }
    String word = m.group(1).toLowerCase(Locale.ROOT);
    int i = next;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    boolean capital = Character.isUpperCase(c);
    boolean initial = word.length() == 1 && Character.isUpperCase(m.group(1).charAt(0));
    if (!capital && (Character.isLetter(c) || Character.isDigit(c) || ",;:)".indexOf(c) >= 0)) {
      return KNOWN.contains(word) || initial || word.matches("([a-z]\\.)+[a-z]");
    }
    return capital && (PREPOSITIVE.contains(word) || initial);
  }
}
