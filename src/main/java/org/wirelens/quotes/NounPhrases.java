package org.wirelens.quotes;

import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.Tokens.Token;

/**
 * The noun phrases of a sentence that can be a speaker, found without a parse: where a phrase that
 * ends before a reporting verb starts ("Turkey's Foreign Minister Mevlut Cavusoglu said"), the
 * phrase after an inverted verb or "according to" ("said Lavrov, the foreign minister"), a name
 * with its apposition ("Lavrov, the foreign minister, said"), and a phrase's head.
 */
final class NounPhrases {
  /** Tokens a speaker's noun phrase may have. */
  private static final int MAX_NP_TOKENS = 9;

  private final SentenceView s;

  NounPhrases(SentenceView s) {
    this.s = s;
  }

  /** Where a speaker's noun phrase ending at token {@code j} starts, or -1. */
  int npStart(int j) {
    Token head = s.tok(j);
    if (Lexicon.SUBJECT_PRONOUNS.containsKey(head.lower())) {
      return j;
    }
    Mention headMention = s.mentionAt(head.begin());
    int k = j;
    int n = 0;
    while (k >= 0
        && !s.quoted(k)
        && (s.tok(k).word() || pluralPossessive(k))
        && n < MAX_NP_TOKENS) {
      Token w = s.tok(k);
      if (!w.word()) {
        k--;
        continue;
      }
      boolean named = s.mentionAt(w.begin()) != null;
      if (!named
          && k != j
          && (Lexicon.CLAUSE_LINKS.contains(w.lower()) || ReportingCues.of(w.lower()) != null)) {
        break;
      }
      if (!named && Lexicon.SUBJECT_PRONOUNS.containsKey(w.lower()) && k != j) {
        break;
      }
      if (!named
          && k != j
          && !w.capitalised()
          && w.lower().endsWith("ed")
          && !Lexicon.PERSON_ROLES.containsKey(w.lower())
          && k > 0
          && subjectLike(k - 1)) {
        // A verb after its subject ("RIA Novosti quoted a source ... as saying"), not a
        // participle after a noun ("a website linked to the force said").
        break;
      }
      k--;
      n++;
    }
    int start = k + 1;
    // An adverbial before the subject without a comma ("On Monday the minister"): cut it.
    if (Lexicon.NOT_SPEECH_START.contains(s.tok(start).lower())
        || Lexicon.TIME_WORDS.contains(s.tok(start).lower())) {
      int cut = -1;
      for (int q = j; q > start; q--) {
        Token w = s.tok(q);
        if (Lexicon.DETERMINERS.contains(w.lower())
            || (s.mentionAt(w.begin()) != null && s.mentionStartsAt(w))) {
          cut = q;
          break;
        }
      }
      if (cut < 0) {
        return headMention != null ? s.tokenAt(headMention.begin(), start, j) : -1;
      }
      start = cut;
    }
    if (!headOk(head)) {
      return -1;
    }
    return start;
  }

  /** "the forces' official website": the apostrophe of a plural possessive, inside a phrase. */
  private boolean pluralPossessive(int k) {
    Token t = s.tok(k);
    return (t.is("'") || t.is("\u2019"))
        && k > 0
        && s.tok(k - 1).word()
        && s.tok(k - 1).lower().endsWith("s")
        && s.tok(k - 1).end() == t.begin();
  }

  /** A name or pronoun; a capital at the sentence's start says nothing ("Economists polled"). */
  private boolean subjectLike(int k) {
    Token t = s.tok(k);
    return (t.capitalised() && k > 0)
        || s.mentionAt(t.begin()) != null
        || Lexicon.SUBJECT_PRONOUNS.containsKey(t.lower());
  }

  /** A noun phrase's last word can be its head: a name, a pronoun, a noun. */
  boolean headOk(Token head) {
    if (s.mentionAt(head.begin()) != null || head.capitalised()) {
      return true;
    }
    String w = head.lower();
    if (Lexicon.SUBJECT_PRONOUNS.containsKey(w) || Lexicon.QUANTIFIER_SUBJECTS.contains(w)) {
      return true;
    }
    if (Lexicon.PERSON_ROLES.containsKey(w) || Lexicon.ORGANISATION_NOUNS.contains(w)) {
      return true;
    }
    return !Lexicon.DETERMINERS.contains(w)
        && !Lexicon.DEGREE_WORDS.contains(w)
        && !Lexicon.NP_PREPOSITIONS.contains(w)
        && !Lexicon.NOT_SPEECH_START.contains(w)
        && !Lexicon.AUXILIARIES.contains(w)
        && !w.endsWith("ed")
        && !w.endsWith("ing")
        && !SentenceView.adverb(w)
        && Character.isLetter(w.charAt(0));
  }

  /**
   * For "X, the foreign minister, said" with {@code comma} the comma before the verb: the first and
   * last token of the speaker's phrase (X, or "His lawyer, Zhang Dongshuo" where a role is followed
   * by a name), or null when the words between the commas are no apposition of a name.
   */
  int[] apposition(int comma) {
    // Up to three appositions: "Cleaver Brooks, a subsidiary of Aqua Chem, which is owned by a
    // French firm, said".
    for (int level = 0; level < 3; level++) {
      int open = commaBefore(comma);
      if (open < 1 || comma - open < 2 || comma - open > 14) {
        return null;
      }
      boolean relative = s.tok(open + 1).is("who") || s.tok(open + 1).is("whose");
      for (int q = open + 1; q < comma; q++) {
        if ((s.quoted(q) && q == open + 1)
            || (!s.quoted(q)
                && !relative
                && ReportingCues.of(s.tok(q).lower()) != null
                && s.mentionAt(s.tok(q).begin()) == null)) {
          return null;
        }
      }
      int j = open - 1;
      if (s.quoted(j) || !s.tok(j).word()) {
        return null;
      }
      Token head = s.tok(j);
      Mention m = s.mentionAt(head.begin());
      boolean name = m != null && (m.isPerson() || m.isOrganisation());
      if (name || Lexicon.SUBJECT_PRONOUNS.containsKey(head.lower())) {
        int start = npStart(j);
        return start < 0 ? null : new int[] {start, j};
      }
      // "His lawyer, Zhang Dongshuo, said": a role, then the person's name in apposition.
      Mention named = s.mentionAt(s.tok(comma - 1).begin());
      boolean role =
          (Lexicon.PERSON_ROLES.containsKey(head.lower()) || Lexicon.PEOPLE.contains(head.lower()))
              && named != null
              && named.isPerson()
              && s.mentionAt(s.tok(open + 1).begin()) != null;
      // "The official, who spoke on condition he not be named, said": a described person.
      Token opening = s.tok(open + 1);
      boolean described =
          (Lexicon.PERSON_ROLES.containsKey(head.lower()) || Lexicon.PEOPLE.contains(head.lower()))
              && (opening.is("who") || opening.is("whose"));
      if (described) {
        int start = npStart(j);
        return start < 0 ? null : new int[] {start, j};
      }
      if (role) {
        int start = npStart(j);
        return start < 0 ? null : new int[] {start, comma - 1};
      }
      comma = open;
    }
    return null;
  }

  /** The comma before token {@code comma} in this unit, or -1. */
  private int commaBefore(int comma) {
    for (int q = comma - 1; q >= 0 && comma - q < 16; q--) {
      if (s.quoted(q)) {
        continue;
      }
      if (s.tok(q).is(",")) {
        return q;
      }
      if (!s.tok(q).word() && !s.tok(q).is("-") && !s.tok(q).is("'") && !s.tok(q).is(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A speaker's noun phrase starting at token {@code i} ("said Lavrov", "said the minister",
   * "according to the United Nations"): {first token, last token, token after it}, or null. After
   * an inverted verb ({@code inverted}) the phrase must end the clause: "said the program changed
   * his life" has no inverted speaker.
   */
  int[] npAfter(int i, boolean inverted, boolean apposition) {
    if (i >= s.size() || s.quoted(i) || !s.tok(i).word()) {
      return null;
    }
    int k = i;
    int last = -1;
    int n = 0;
    while (k < s.size() && !s.quoted(k) && s.tok(k).word() && n < MAX_NP_TOKENS) {
      Token w = s.tok(k);
      Mention m = s.mentionAt(w.begin());
      if (m != null) {
        // A name is taken whole.
        while (k < s.size() && s.tok(k).begin() < m.end()) {
          k++;
          n++;
        }
        last = k - 1;
        String end = s.tok(last).lower();
        if (m.isPerson() && !end.endsWith("'s") && !end.endsWith("\u2019s")) {
          break;
        }
        continue;
      }
      String lw = w.lower();
      if (k == i && (Lexicon.NOT_SPEECH_START.contains(lw) || Lexicon.CLAUSE_LINKS.contains(lw))) {
        return null;
      }
      boolean coordinated = (lw.equals("and") || lw.equals("or")) && personWithin(k + 1, 5);
      if (k > i
          && !coordinated
          && (Lexicon.CLAUSE_LINKS.contains(lw)
              || (Lexicon.ADVERBIAL_PREPOSITIONS.contains(lw)
                  && !Lexicon.NP_PREPOSITIONS.contains(lw))
              || Lexicon.TIME_WORDS.contains(lw)
              || ReportingCues.of(lw) != null
              || (!w.capitalised()
                  && (lw.endsWith("ed") || lw.endsWith("ing"))
                  && !Lexicon.PERSON_ROLES.containsKey(lw)))) {
        break;
      }
      k++;
      n++;
      last = k - 1;
    }
    // A phrase ending in a preposition or determiner ends before it ("said one" is a phrase).
    while (last > i
        && (Lexicon.NP_PREPOSITIONS.contains(s.tok(last).lower())
            || Lexicon.DETERMINERS.contains(s.tok(last).lower()))) {
      last--;
    }
    if (last < i || !headOk(s.tok(last))) {
      return null;
    }
    int next = last + 1;
    if (inverted && next < s.size() && !s.quoted(next)) {
      Token after = s.tok(next);
      String la = after.lower();
      boolean ends =
          SentenceView.isTerminator(after)
              || SentenceView.separator(after)
              || Lexicon.ADVERBIAL_PREPOSITIONS.contains(la)
              || (Lexicon.TIME_WORDS.contains(la) && !la.equals("also"))
              || Lexicon.CONJUNCTIONS.contains(la)
              || la.equals("(");
      if (!ends) {
        return null;
      }
    }
    if (inverted && Lexicon.SUBJECT_PRONOUNS.containsKey(s.tok(i).lower())) {
      return null; // "said it plans to": the pronoun opens the speech, it does not say it
    }
    // "said Lawrence Cohn, analyst with Merrill Lynch." - the apposition belongs to the speaker;
    // "says Campbell's partner, Jason Louth." - and may name the speaker.
    if (apposition
        && next + 1 < s.size()
        && s.tok(next).is(",")
        && appositionStart(s.tok(next + 1))) {
      int q = next + 1;
      int words = 0;
      while (q < s.size()
          && !s.quoted(q)
          && (s.tok(q).word() || s.tok(q).is("-") || s.tok(q).is(","))
          && words < 14) {
        if (ReportingCues.of(s.tok(q).lower()) != null && s.mentionAt(s.tok(q).begin()) == null) {
          break;
        }
        words++;
        q++;
      }
      boolean ends = q >= s.size() || SentenceView.isTerminator(s.tok(q));
      if (ends && words > 0) {
        Mention named = s.mentionAt(s.tok(next + 1).begin());
        if (named != null && named.isPerson() && !hasPerson(i, last)) {
          i = next + 1;
          last = s.skipMention(next + 1, named) - 1;
        }
        next = q;
      }
    }
    return new int[] {i, last, next};
  }

  /** An apposition opens with a determiner, a role, a name or a number, not a verb ("is"). */
  private boolean appositionStart(Token t) {
    String l = t.lower();
    return Lexicon.DETERMINERS.contains(l)
        || Lexicon.PERSON_ROLES.containsKey(l)
        || Lexicon.PEOPLE.contains(l)
        || t.capitalised()
        || SentenceView.isNumber(t)
        || s.mentionAt(t.begin()) != null
        || Lexicon.TITLE_ADJECTIVES.contains(l);
  }

  private boolean personWithin(int from, int tokens) {
    for (int q = from; q < s.size() && q < from + tokens && !s.quoted(q) && s.tok(q).word(); q++) {
      Mention m = s.mentionAt(s.tok(q).begin());
      if (m != null && m.isPerson()) {
        return true;
      }
    }
    return false;
  }

  private boolean hasPerson(int a, int b) {
    for (int q = a; q <= b; q++) {
      Mention m = s.mentionAt(s.tok(q).begin());
      if (m != null && m.isPerson()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of a noun phrase: its last word, or the word before its first preposition or
   * participle outside a name ("the Minister of Defense", "a spokesperson for Environment Canada",
   * "economists polled by Reuters").
   */
  int phraseHead(int a, int b) {
    for (int q = a + 1; q < b; q++) {
      Token t = s.tok(q);
      String l = t.lower();
      boolean modifier =
          Lexicon.NP_PREPOSITIONS.contains(l)
              || l.equals("by")
              || l.equals("to")
              || (!t.capitalised()
                  && (l.endsWith("ed") || l.endsWith("ing"))
                  && !Lexicon.PERSON_ROLES.containsKey(l));
      if (modifier && s.mentionAt(t.begin()) == null && s.tok(q - 1).word()) {
        // "economists polled by Reuters", "a website linked to the force".
        return q - 1;
      }
    }
    return b;
  }
}
