package org.wirelens.entities.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirelens.entities.EntityType;
import org.wirelens.entities.ResolvedMention;
import org.wirelens.entities.names.NameKeys;

/**
 * Acronyms an article defines, "Government of National Accord (GNA)": the long form and the acronym
 * become mentions of one entity, and so does every later "GNA" in the article.
 *
 * <p>Definitions are found with Schwartz and Hearst's algorithm ("A simple algorithm for
 * identifying abbreviation definitions in biomedical text", PSB 2003): the acronym's characters are
 * matched right to left against the words before the parenthesis, the first one at the start of a
 * word ("London Interbank Offered Rate (LIBOR)" matches; "said on Monday (AP)" does not). A long
 * form must start with a capital: a named thing, not "free on board (FOB)".
 *
 * <p>Across the corpus {@link CorpusMerge} then merges a model's stand-alone "GNA" into the entity
 * the acronym was defined as, when all the corpus's definitions of it agree and the documents that
 * define it are at least as many as those that use it bare.
 */
public final class Acronyms {
  /** match_kind of the acronym and of later uses of it. */
  public static final String ACRONYM = "acronym";

  /** match_kind of a long form that no recogniser had found whole. */
  public static final String LONG_FORM = "acronym_long_form";

  /** recogniser of the mentions this class adds. */
  public static final String RECOGNIZER = "acronym";

  private static final Pattern PARENTHESISED =
      Pattern.compile("\\(\\s*(\\p{Lu}[\\p{L}&.\\-]{1,9})\\s*\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’\\-]*|&");

  private Acronyms() {}

  /** An acronym definition: offsets into the text, ends exclusive. */
  public record Definition(
      int longBegin, int longEnd, int acronymBegin, int acronymEnd, String acronym) {}

  /** Every acronym definition in the text, in order. */
  public static List<Definition> definitions(String text) {
    List<Definition> out = new ArrayList<>();
    Matcher m = PARENTHESISED.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (acronym.chars().filter(Character::isUpperCase).count() < 2) {
        continue;
      }
      int letters = (int) acronym.chars().filter(Character::isLetterOrDigit).count();
      int maxWords = Math.min(letters + 5, letters * 2);
      List<int[]> words = wordsBefore(text, m.start(), maxWords);
      Definition d = match(text, words, acronym, m.start(1), m.end(1));
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  /** Characters per word a definition's window allows for (long words are rare in names). */
  private static final int CHARS_PER_WORD = 32;

  /**
   * Up to {@code max} words before {@code at} on the same line, as [begin, end] pairs in order.
   * Only a window of {@code max} words' worth of characters is read: scanning from the line's start
   * made a long unbroken line cost its length per parenthesis (quadratic).
   */
  private static List<int[]> wordsBefore(String text, int at, int max) {
    int lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, 0);
    int from = Math.max(lineStart, at - max * CHARS_PER_WORD);
    List<int[]> all = new ArrayList<>();
    Matcher w = WORD.matcher(text).region(from, at);
    while (w.find()) {
      // A word cut by the window's edge is not a word of the long form.
      if (w.start() == from && from > lineStart && isWordChar(text.charAt(from - 1))) {
        continue;
      }
      all.add(new int[] {w.start(), w.end()});
    }
    return all.subList(Math.max(0, all.size() - max), all.size());
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '-';
  }

  /**
   * Schwartz and Hearst's right-to-left match of the acronym's letters in the words before it; the
   * first letter must start a word, and the long form must start with a capital and have at least
   * two words.
   */
  private static Definition match(
      String text, List<int[]> words, String acronym, int acrBegin, int acrEnd) {
    if (words.size() < 2) {
      return null;
    }
    int formBegin = words.get(0)[0];
    int formEnd = words.get(words.size() - 1)[1];
    // Lower-cased char by char, so that indices into it are indices into the text.
    char[] lower = text.substring(formBegin, formEnd).toCharArray();
    for (int i = 0; i < lower.length; i++) {
      lower[i] = Character.toLowerCase(lower[i]);
    }
    String form = new String(lower);
    String shortForm = acronym.toLowerCase(Locale.ROOT);
    int s = shortForm.length() - 1;
    int l = form.length() - 1;
    int firstLetter = 0;
    while (firstLetter < shortForm.length()
        && !Character.isLetterOrDigit(shortForm.charAt(firstLetter))) {
      firstLetter++;
    }
    for (; s > firstLetter; s--) {
      char c = shortForm.charAt(s);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while (l >= 0 && form.charAt(l) != c) {
        l--;
      }
      if (l < 0) {
        return null;
      }
      l--;
    }
    // The first letter must start a word, and the long form a capital: "the Organization of
    // Petroleum Exporting Countries (OPEC)" is not "of Petroleum Exporting Countries".
    char c = shortForm.charAt(firstLetter);
    while (l >= 0
        && (form.charAt(l) != c
            || (l > 0 && Character.isLetterOrDigit(form.charAt(l - 1)))
            || !Character.isUpperCase(text.charAt(formBegin + l)))) {
      l--;
    }
    if (l < 0) {
      return null;
    }
    int start = formBegin + l;
    // The long form begins at the word where the first letter matched.
    int[] first = null;
    int nWords = 0;
    for (int[] w : words) {
      if (w[1] > start) {
        if (first == null) {
          first = w;
        }
        nWords++;
      }
    }
    if (first == null
        || nWords < 2
        || !Character.isUpperCase(text.charAt(first[0]))
        || first[0] != start) {
      return null;
    }
    return new Definition(first[0], formEnd, acrBegin, acrEnd, acronym);
  }

  /**
   * Adds what the document's acronym definitions say to its resolved mentions: the long form and
   * the acronym become one entity (the long form's, when a recogniser found the whole long form;
   * else a new ORG keyed by the long form, replacing partial mentions inside it), and later uses of
   * the acronym in the document are mentions of it. A catalog mention of the acronym that names
   * another entity is left alone: the catalog has the last word.
   *
   * <p>Mentions are indexed by offset and every defined acronym's uses are found in one pass over
   * the text, so a document's cost grows with its length, not with its length times its
   * definitions.
   *
   * @param sentenceOf the sentence index of an offset
   * @return the mentions, sorted by offset, without overlaps
   */
  public static List<ResolvedMention> link(
      String text, List<ResolvedMention> mentions, IntUnaryOperator sentenceOf) {
    List<Definition> defs = definitions(text);
    if (defs.isEmpty()) {
      return mentions;
    }
    Index out = new Index(mentions);
    Map<String, List<int[]>> uses = uses(text, defs);
    for (Definition d : defs) {
      ResolvedMention whole = out.covering(d.longBegin(), d.longEnd());
      String entity;
      EntityType type;
      if (whole != null) {
        entity = whole.entityId();
        type = whole.mentionType() == EntityType.NORP ? EntityType.ORG : whole.mentionType();
        if (type == EntityType.PERSON) {
          continue; // "(AP)" after a name, "(R)" after a senator: not definitions of the person.
        }
      } else {
        String key = NameKeys.key(text.substring(d.longBegin(), d.longEnd()));
        if (key.isEmpty()) {
          continue;
        }
        type = EntityType.ORG;
        entity = NameKeys.entityId(key);
        out.removeOverlapping(d.longBegin(), d.longEnd());
        out.add(
            new ResolvedMention(
                    d.longBegin(),
                    d.longEnd(),
                    sentenceOf.applyAsInt(d.longBegin()),
                    entity,
                    type,
                    LONG_FORM,
                    RECOGNIZER)
                .withKey(key));
      }
      relink(out, d, uses.get(d.acronym()), entity, type, sentenceOf);
    }
    return out.sorted();
  }

  /** Where each defined acronym is written, in one pass over the text. */
  private static Map<String, List<int[]>> uses(String text, List<Definition> defs) {
    List<String> acronyms = new ArrayList<>();
    for (Definition d : defs) {
      if (!acronyms.contains(d.acronym())) {
        acronyms.add(d.acronym());
      }
    }
    acronyms.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (String a : acronyms) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(a));
    }
    Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    Map<String, List<int[]>> out = new TreeMap<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /** Points the acronym and its later uses at the entity, unless the catalog names it otherwise. */
  private static void relink(
      Index out,
      Definition d,
      List<int[]> uses,
      String entity,
      EntityType type,
      IntUnaryOperator sentenceOf) {
    if (uses == null) {
      return;
    }
    for (int[] use : uses) {
      int b = use[0];
      int e = use[1];
      if (b < d.acronymBegin()) {
        continue;
      }
      List<ResolvedMention> overlapping = out.overlapping(b, e);
      ResolvedMention existing = null;
      boolean blocked = false;
      for (ResolvedMention x : overlapping) {
        if (x.begin() == b && x.end() == e) {
          existing = x;
        } else {
          blocked = true; // part of a longer name: "GNA forces" as one span is left alone
        }
      }
      if (blocked) {
        continue;
      }
      if (existing != null) {
        if (existing.entityId().equals(entity)) {
          continue;
        }
        if (!ResolvedMention.MODEL.equals(existing.matchKind())) {
          if (b == d.acronymBegin()) {
            return; // the catalog names this acronym as something else
          }
          continue;
        }
        out.remove(existing);
      }
      out.add(
          new ResolvedMention(b, e, sentenceOf.applyAsInt(b), entity, type, ACRONYM, RECOGNIZER)
              .withKey(NameKeys.key(d.acronym())));
    }
  }

  /** Non-overlapping mentions by start offset. */
  private static final class Index {
    private final TreeMap<Integer, ResolvedMention> byBegin = new TreeMap<>();
    private int longest;

    Index(List<ResolvedMention> mentions) {
      mentions.forEach(this::add);
    }

    void add(ResolvedMention m) {
      byBegin.put(m.begin(), m);
      longest = Math.max(longest, m.length());
    }

    void remove(ResolvedMention m) {
      byBegin.remove(m.begin(), m);
    }

    List<ResolvedMention> overlapping(int begin, int end) {
      List<ResolvedMention> out = new ArrayList<>();
      for (ResolvedMention m : byBegin.subMap(begin - longest, true, end, false).values()) {
        if (m.overlaps(begin, end)) {
          out.add(m);
        }
      }
      return out;
    }

    /** The mention that covers [begin, end), if one does (mentions do not overlap). */
    ResolvedMention covering(int begin, int end) {
      Map.Entry<Integer, ResolvedMention> e = byBegin.floorEntry(begin);
      return e != null && e.getValue().end() >= end ? e.getValue() : null;
    }

    void removeOverlapping(int begin, int end) {
      overlapping(begin, end).forEach(this::remove);
    }

    List<ResolvedMention> sorted() {
      return new ArrayList<>(byBegin.values());
    }
  }
}
