package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirelens.quotes.QuoteInput.Mention;

/**
 * Who the text is about at a given point, for pronouns and descriptions in attributions ("he said",
 * "the minister said"): the persons (or organisations) last made speakers or sentence subjects,
 * else last mentioned, within the last few paragraphs, agreeing in gender where a hint is known. A
 * small salience model in the spirit of Lappin and Leass, without a parse: the quote stage has
 * tokens, sentences and mentions, not syntax.
 */
final class Salience {
  /** A person or organisation made prominent at an offset: a speaker or a sentence subject. */
  private record Event(int offset, String entityId, String type, Gender gender, boolean speaker) {
    boolean person() {
      return "PERSON".equals(type);
    }

    boolean state() {
      return "GPE".equals(type);
    }
  }

  /** Weights after Lappin and Leass (1994): recency, subject emphasis; a speaker counts most. */
  static final double MENTION = 100;

  static final double SUBJECT = 80;
  static final double SPEAKER = 120;

  /** Salience halves with every sentence back. */
  static final double DECAY = 0.5;

  private final List<Mention> mentions;
  private final int[] unitBegins;
  private final List<Event> events = new ArrayList<>();

  /**
   * @param mentions the document's mentions, sorted by offset
   * @param unitBegins where each sentence (unit) starts, ascending
   */
  Salience(List<Mention> mentions, int[] unitBegins) {
    this.mentions = mentions;
    this.unitBegins = unitBegins;
  }

  private int unit(int offset) {
    int i = java.util.Arrays.binarySearch(unitBegins, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** Records a sentence subject at {@code offset}. */
  void subject(int offset, Mention m) {
    events.add(new Event(offset, m.entityId(), m.type(), m.gender(), false));
  }

  /** Records a resolved speaker at {@code offset}. */
  void speaker(int offset, String entityId, String type, Gender gender) {
    events.add(new Event(offset, entityId, type, gender, true));
  }

  /**
   * The person a pronoun or role description at {@code offset} refers to, or null: a person so
   * titled ("the minister"), else the most salient agreeing person, each mention adding weight
   * (more for a sentence subject, most for a speaker) that halves with every sentence back.
   *
   * @param gender the pronoun's or role noun's gender (UNKNOWN for "the minister")
   * @param role the role noun of a description, preferred in persons' descriptors; null for a
   *     pronoun
   * @param windowStart nothing before this offset is considered
   */
  String person(int offset, Gender gender, String role, int windowStart) {
    return person(offset, gender, role, windowStart, false, java.util.Set.of());
  }

  /**
   * As {@link #person(int, Gender, String, int)}; {@code titledOnly}: only a person so titled;
   * {@code excluded}: persons it cannot be.
   */
  String person(
      int offset,
      Gender gender,
      String role,
      int windowStart,
      boolean titledOnly,
      java.util.Set<String> excluded) {
    if (role != null) {
      // "the minister" after "Foreign Minister Sergei Lavrov": the latest person so titled.
      Mention titled = null;
      for (Mention m : mentions) {
        if (m.begin() >= offset) {
          break;
        }
        if (m.isPerson()
            && m.begin() >= windowStart
            && m.gender().agrees(gender)
            && m.descriptor() != null
            && hasWord(m.descriptor(), role)) {
          titled = m;
        }
      }
      if (titled != null) {
        return titled.entityId();
      }
    }
    if (titledOnly) {
      return null;
    }
    int here = unit(offset);
    Map<String, Double> score = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    for (Mention m : mentions) {
      if (m.begin() >= offset) {
        break;
      }
      if (m.isPerson() && m.begin() >= windowStart && m.gender().agrees(gender)) {
        score.merge(m.entityId(), MENTION * Math.pow(DECAY, here - unit(m.begin())), Double::sum);
        last.merge(m.entityId(), m.begin(), Math::max);
      }
    }
    for (Event e : events) {
      if (e.offset() < offset
          && e.offset() >= windowStart
          && e.person()
          && e.gender().agrees(gender)) {
        double w = e.speaker() ? SPEAKER : SUBJECT;
        score.merge(e.entityId(), w * Math.pow(DECAY, here - unit(e.offset())), Double::sum);
        last.merge(e.entityId(), e.offset(), Math::max);
      }
    }
    score.keySet().removeAll(excluded);
    String best = null;
    for (Map.Entry<String, Double> c : score.entrySet()) {
      if (best == null
          || c.getValue() > score.get(best) + 1e-9
          || (Math.abs(c.getValue() - score.get(best)) <= 1e-9
              && last.get(c.getKey()) > last.get(best))) {
        best = c.getKey();
      }
    }
    return best;
  }

  /**
   * The organisation "it" or "the company" at {@code offset} refers to, or null: the latest
   * organisation made subject or speaker since {@code from}; a state only for "it".
   */
  String organisation(int offset, int from, boolean states) {
    Event best = null;
    for (Event e : events) {
      if (e.offset() < offset
          && e.offset() >= from
          && !e.person()
          && (states || !e.state())
          && (best == null || e.offset() >= best.offset())) {
        best = e;
      }
    }
    return best == null ? null : best.entityId();
  }

  /** The last speaker or subject before {@code offset}, if it is an organisation ("they said"). */
  String lastOrganisation(int offset, int from) {
    Event last = null;
    for (Event e : events) {
      if (e.offset() < offset && e.offset() >= from) {
        last = e;
      }
    }
    return last != null && !last.person() ? last.entityId() : null;
  }

  private static boolean hasWord(String phrase, String word) {
    for (String w : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.equals(word)) {
        return true;
      }
    }
    return false;
  }
}
