package org.wirelens.quotes;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteInput.Span;
import org.wirelens.quotes.Tokens.Token;

/**
 * What one document's text says about its persons' gender: an honorific or gendered title before
 * the name ("Mr.", "Mrs.", "Queen", "spokeswoman"), and the pronouns in sentences about one person
 * alone ("Lonechild said ... She cited"). Summed over the corpus, the votes become hints (see
 * {@link GenderHints}).
 */
public final class GenderEvidence {
  /** An honorific is stronger evidence than one pronoun. */
  static final int TITLE_WEIGHT = 2;

  /** Votes for one person. */
  public record Votes(int male, int female) implements Serializable {
    public static final Votes NONE = new Votes(0, 0);

    public Votes plus(Votes o) {
      return new Votes(male + o.male, female + o.female);
    }
  }

  private GenderEvidence() {}

  /** Votes per person entity of one document (persons without evidence are left out). */
  public static Map<String, Votes> count(QuoteInput in) {
    String text = in.text();
    Map<String, Votes> out = new HashMap<>();
    for (Mention m : in.mentions()) {
      if (!m.isPerson()) {
        continue;
      }
      Gender g = titleGender(text, m);
      if (g == Gender.MALE) {
        out.merge(m.entityId(), new Votes(TITLE_WEIGHT, 0), Votes::plus);
      } else if (g == Gender.FEMALE) {
        out.merge(m.entityId(), new Votes(0, TITLE_WEIGHT), Votes::plus);
      }
    }
    // Pronouns: in a sentence naming one person, the first after the name ("Smith said his ...");
    // in the next sentence, if it names nobody, its first one ("Smith arrived. She said ...").
    // Further sentences are not read: the text may have moved on to someone unnamed.
    List<Span> sentences = in.sentences();
    List<Mention> mentions = in.mentions();
    int mi = 0;
    String previousSole = null;
    for (Span s : sentences) {
      Set<String> persons = new HashSet<>();
      int firstPerson = Integer.MAX_VALUE;
      while (mi < mentions.size() && mentions.get(mi).begin() < s.end()) {
        Mention m = mentions.get(mi++);
        if (m.isPerson() && m.begin() >= s.begin()) {
          persons.add(m.entityId());
          firstPerson = Math.min(firstPerson, m.begin());
        }
      }
      List<Token> tokens = Tokens.of(text, s.begin(), s.end());
      if (persons.size() == 1) {
        String sole = persons.iterator().next();
        for (Token t : tokens) {
          Gender g = Lexicon.GENDERED_PRONOUNS.get(t.lower());
          if (t.begin() > firstPerson && g != null) {
            boolean male = g == Gender.MALE;
            out.merge(sole, new Votes(male ? 1 : 0, male ? 0 : 1), Votes::plus);
            break;
          }
        }
        previousSole = sole;
      } else if (persons.isEmpty() && previousSole != null) {
        for (Token t : tokens) {
          Gender g = Lexicon.GENDERED_PRONOUNS.get(t.lower());
          if (g != null) {
            boolean male = g == Gender.MALE;
            out.merge(previousSole, new Votes(male ? 1 : 0, male ? 0 : 1), Votes::plus);
            break;
          }
        }
        previousSole = null;
      } else {
        previousSole = null;
      }
    }
    return out;
  }

  /** The gender an honorific or gendered title before the name gives, else UNKNOWN. */
  static Gender titleGender(String text, Mention m) {
    if (m.descriptor() != null) {
      for (String w : m.descriptor().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        Gender g = Lexicon.GENDERED_TITLES.get(w);
        if (g != null) {
          return g;
        }
      }
    }
    // The word right before the name: "Mr. Smith" (descriptors may start after it).
    int i = m.begin();
    while (i > 0 && Tokens.isSpace(text.charAt(i - 1))) {
      i--;
    }
    int j = i;
    while (j > 0 && (Character.isLetter(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
      j--;
    }
    String word = text.substring(j, i).replace(".", "").toLowerCase(Locale.ROOT);
    return Lexicon.GENDERED_TITLES.getOrDefault(word, Gender.UNKNOWN);
  }
}
