package org.wirelens.quotes;

import java.util.HashSet;
import java.util.Set;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.Tokens.Token;

/**
 * Who a speaker's phrase names: a person or organisation by name ("Foreign Minister Sergei Lavrov",
 * "a statement from the EU"), a pronoun resolved to the salient person or organisation of its
 * gender ("he said"), or a description ("the minister said": the person so titled, or nobody
 * known). And the sentence's subject, which makes a name salient for the next sentences.
 */
final class Speakers {
  /** A speaker as found in an attribution: {@code text[begin:end]} and the entity it names. */
  record Speaker(int begin, int end, String entityId, SpeakerMethod method) {}

  private final SentenceView s;
  private final DocView doc;
  private final NounPhrases np;
  private final Salience salience;

  Speakers(SentenceView s, NounPhrases np, Salience salience) {
    this.s = s;
    this.doc = s.doc();
    this.np = np;
    this.salience = salience;
  }

  /**
   * The speaker of a noun phrase, tokens {@code a..b}: a name, a pronoun or a description. A person
   * named inside the phrase is the speaker only as its head ("Foreign Minister Sergei Lavrov"), not
   * as a modifier ("a spokeswoman for Trudeau", "Norman's lawyers"); an organisation speaks through
   * its spokespeople and statements ("a statement from the EU").
   */
  Speaker speaker(int a, int b) {
    if (a < 0 || b < a) {
      return null;
    }
    int begin = s.tok(a).begin();
    int end = s.tok(b).end();
    Token head = s.tok(np.phraseHead(a, b));
    Mention headMention = s.mentionAt(head.begin());
    boolean possessiveHead = head.lower().endsWith("'s") || head.lower().endsWith("\u2019s");
    if (headMention != null && headMention.isPerson() && !possessiveHead) {
      return new Speaker(
          headMention.begin(), headMention.end(), headMention.entityId(), SpeakerMethod.NAME);
    }
    Mention org = null;
    boolean person = false;
    for (Mention m : doc.mentions()) {
      if (m.begin() >= end) {
        break;
      }
      if (m.end() > begin) {
        person |= m.isPerson();
        if (m.isOrganisation()) {
          org = m;
        }
      }
    }
    String lh = head.lower();
    boolean roleHead =
        Lexicon.PERSON_ROLES.containsKey(lh)
            || Lexicon.PEOPLE.contains(lh)
            || (lh.endsWith("s")
                && Lexicon.PERSON_ROLES.containsKey(lh.substring(0, lh.length() - 1)));
    // An organisation speaks when it is the phrase's head ("the Russian Foreign Ministry"), owns
    // it ("a statement from the EU", "the ministry's statement") or is a unit of it ("Al-Wefaq
    // government forces"); a name that only modifies the head does not ("the Facebook website",
    // "Al Jazeera correspondent").
    boolean speaks =
        org != null
            && ((org.begin() <= head.begin() && org.end() > head.begin())
                || ownerAfter(org, head, b)
                || s.tok(s.lastTokenOf(org, a, b)).lower().endsWith("'s")
                || s.tok(s.lastTokenOf(org, a, b)).lower().endsWith("\u2019s")
                || (Lexicon.ORGANISATION_NOUNS.contains(lh)
                    && !roleHead
                    && org.end() <= head.begin()));
    if (org != null && !person && speaks) {
      boolean whole = true;
      for (int q = a; q <= b; q++) {
        Token w = s.tok(q);
        if ((w.begin() < org.begin() || w.end() > org.end())
            && !Lexicon.DETERMINERS.contains(w.lower())) {
          whole = false;
        }
      }
      return whole
          ? new Speaker(org.begin(), org.end(), org.entityId(), SpeakerMethod.NAME)
          : new Speaker(begin, end, org.entityId(), SpeakerMethod.NAME);
    }
    int window = doc.windowStart(s.paragraph());
    int paragraphBefore = doc.paragraphs().get(Math.max(0, s.paragraph() - 1)).begin();
    Gender pronoun = Lexicon.SUBJECT_PRONOUNS.get(head.lower());
    if (a == b && pronoun != null) {
      String id;
      if (head.is("he") || head.is("she")) {
        id = salience.person(head.begin(), pronoun, null, window, false, namedAfter(b));
      } else if (head.is("it")) {
        id = salience.organisation(head.begin(), paragraphBefore, true);
      } else if (head.is("they")) {
        id = salience.lastOrganisation(head.begin(), paragraphBefore);
      } else {
        id = null; // "I said", "we said": the author or an unnamed group.
      }
      return new Speaker(begin, end, id, SpeakerMethod.PRONOUN);
    }
    String first = s.tok(a).lower();
    String id = null;
    if (Lexicon.DEFINITE.contains(first) && a < b && !person) {
      Gender g = Lexicon.PERSON_ROLES.get(head.lower());
      if (g != null) {
        id =
            salience.person(
                head.begin(),
                g,
                head.lower(),
                window,
                Lexicon.GENERIC_ROLES.contains(head.lower()),
                namedAfter(b));
      } else if (Lexicon.ORGANISATION_NOUNS.contains(head.lower())) {
        id = salience.organisation(head.begin(), paragraphBefore, false);
      }
    }
    return new Speaker(begin, end, id, SpeakerMethod.DESCRIPTION);
  }

  /**
   * An organisation after the head that owns it: "a statement from the EU", "a spokesman for the
   * ministry", "officials at the bank"; not "economists polled by Reuters".
   */
  private boolean ownerAfter(Mention org, Token head, int b) {
    String lh = head.lower();
    boolean person = Lexicon.PERSON_ROLES.containsKey(lh) || Lexicon.PEOPLE.contains(lh);
    if (org.begin() <= head.end() || (person && !Lexicon.VOICES.contains(lh))) {
      // "analysts of the Soviet Union" are not its voice; "a spokesman for the ministry" is.
      return false;
    }
    for (int q = 0; q <= b; q++) {
      Token t = s.tok(q);
      if (t.begin() >= head.end() && t.end() <= org.begin()) {
        String l = t.lower();
        if (Lexicon.OWNER_PREPOSITIONS.contains(l)) {
          return true;
        }
        if (!Lexicon.DETERMINERS.contains(l)) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Persons named in this sentence after token {@code b}: "he said Wright had not recommended it"
   * is not Wright speaking (a pronoun cannot refer to a name its own clause goes on to use).
   */
  private Set<String> namedAfter(int b) {
    Set<String> out = new HashSet<>();
    for (Mention m : doc.mentions()) {
      if (m.begin() >= s.tok(b).end() && m.begin() < s.end() && m.isPerson()) {
        out.add(m.entityId());
      }
    }
    return out;
  }

  /** The subject of the clause before a coordinated verb: the unit's first name or pronoun. */
  Speaker unitSubject(int before) {
    for (int q = 0; q < before && q < 10; q++) {
      if (s.quoted(q)) {
        return null;
      }
      Token w = s.tok(q);
      Mention m = s.mentionAt(w.begin());
      if (m != null && (m.isPerson() || m.isOrganisation())) {
        return speaker(q, q);
      }
      if (Lexicon.SUBJECT_PRONOUNS.containsKey(w.lower())) {
        return speaker(q, q);
      }
    }
    return null;
  }

  /**
   * The unit's subject, if it is a name: the first person or organisation named, with nothing
   * before it but an opening adverbial ending in a comma, determiners, titles and other names
   * ("Later Tuesday, Turkey's Foreign Minister Mevlut Cavusoglu said"). Pronouns and "the minister"
   * in the next sentences are most likely about it.
   */
  void markSubject() {
    int from = 0;
    for (int i = 0; i < s.size() && i < 14; i++) {
      if (s.quoted(i)) {
        return;
      }
      Token t = s.tok(i);
      Mention m = s.mentionAt(t.begin());
      if (m != null && (m.isPerson() || m.isOrganisation())) {
        salience.subject(m.begin(), m);
        return;
      }
      if (t.is(",")) {
        from = i + 1;
        continue;
      }
      String lw = t.lower();
      boolean nominal =
          t.capitalised()
              || Lexicon.DETERMINERS.contains(lw)
              || Lexicon.PERSON_ROLES.containsKey(lw)
              || Lexicon.ORGANISATION_NOUNS.contains(lw)
              || Lexicon.TITLE_ADJECTIVES.contains(lw)
              || t.is("-")
              || t.is(".");
      if (!nominal && i - from > 4) {
        return;
      }
      if (!nominal) {
        // A lower-case word outside an opening adverbial: the subject was not a name.
        boolean laterComma = false;
        for (int q = i + 1; q < s.size() && q < i + 6; q++) {
          laterComma |= s.tok(q).is(",");
        }
        if (!laterComma) {
          return;
        }
      }
    }
  }
}
