package org.wirelens.quotes;

import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.ReportingCues.Cue;
import org.wirelens.quotes.Tokens.Token;

/**
 * What stands between a reporting verb and its speech and is neither: the listener ("told Reuters",
 * "assured voters"), a particle ("pointed out"), adverbials of time and channel ("on Tuesday", "in
 * a statement", "at a news conference in Colombo", "to reporters") up to the "that" that may open
 * the speech.
 */
final class Adverbials {
  private final SentenceView s;

  Adverbials(SentenceView s) {
    this.s = s;
  }

  /** After the verb (and its speaker, if inverted): the listener, adverbials; returns a token. */
  int skip(int p, Cue cue) {
    int that = thatAfterAdverbials(p);
    if (that >= 0) {
      return that;
    }
    if (p < s.size() && !s.quoted(p) && cue.takesObject()) {
      p = skipListener(p);
    }
    for (int round = 0; round < 5 && p < s.size() && !s.quoted(p); round++) {
      Token w = s.tok(p);
      String lw = w.lower();
      if (lw.equals(cue.particle())) {
        p++; // "pointed out that", "wrote back"
      } else if (Lexicon.TIME_WORDS.contains(lw) || SentenceView.adverb(w)) {
        p++;
      } else if (Lexicon.ADVERBIAL_PREPOSITIONS.contains(lw)) {
        int end = adverbialEnd(p);
        if (end < 0) {
          break;
        }
        p = end;
      } else {
        break;
      }
    }
    return p;
  }

  /**
   * The listener after "told", "assured", "urged": a pronoun ("him"), a group ("reporters"), a name
   * with its title ("Question Period host Evan Solomon", "Surrey's councillors"), or a short phrase
   * ("the audience"). A "that" a few words on starts the speech wherever the listener ends ("told
   * the Globe and Mail in an interview that").
   */
  private int skipListener(int p) {
    for (int q = p; q < s.size() && q < p + 9 && !s.quoted(q) && s.tok(q).word(); q++) {
      if (s.tok(q).is("that")) {
        return q;
      }
    }
    Token w = s.tok(p);
    if (Lexicon.OBJECT_PRONOUNS.contains(w.lower()) || Lexicon.LISTENERS.contains(w.lower())) {
      return p + 1;
    }
    int q = p;
    if (Lexicon.DETERMINERS.contains(w.lower()) && !w.is("that")) {
      q++;
    }
    int start = q;
    while (q < s.size() && q < p + 7 && !s.quoted(q) && s.tok(q).word()) {
      Token t = s.tok(q);
      Mention m = s.mentionAt(t.begin());
      String lt = t.lower();
      if (m != null) {
        q = s.skipMention(q, m);
      } else if (t.capitalised()
          || Lexicon.PERSON_ROLES.containsKey(lt)
          || Lexicon.LISTENERS.contains(lt)
          || Lexicon.MEDIUM_WORDS.contains(lt)
          || (q == start && q > p)) {
        q++;
      } else {
        break;
      }
    }
    return q;
  }

  /**
   * The "that" opening the speech after adverbials, commas included ("said in a press statement in
   * Ankara today, Wednesday, that"), or -1: every word before it must be one an adverbial is made
   * of (prepositions, determiners, words of time and channel, names, numbers).
   */
  private int thatAfterAdverbials(int p) {
    for (int q = p; q < s.size() && q < p + 14 && !s.quoted(q); q++) {
      Token t = s.tok(q);
      String l = t.lower();
      if (t.is("that")) {
        return q > p ? q : -1;
      }
      boolean adverbial =
          t.is(",")
              || Lexicon.ADVERBIAL_PREPOSITIONS.contains(l)
              || Lexicon.NP_PREPOSITIONS.contains(l)
              || Lexicon.DETERMINERS.contains(l)
              || Lexicon.TIME_WORDS.contains(l)
              || Lexicon.MEDIUM_WORDS.contains(l)
              || Lexicon.OBJECT_PRONOUNS.contains(l)
              || Lexicon.LISTENERS.contains(l)
              || t.capitalised()
              || SentenceView.isNumber(t)
              || SentenceView.adverb(t)
              || s.mentionAt(t.begin()) != null
              || (t.word()
                  && q + 1 < s.size()
                  && Lexicon.MEDIUM_WORDS.contains(s.tok(q + 1).lower()));
      if (!adverbial) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The token after an adverbial opened by a preposition at {@code p} ("in a statement", "on
   * Tuesday", "at a news conference in Colombo"), the "that" it runs into, or -1 when the words
   * after the preposition do not end like an adverbial.
   */
  private int adverbialEnd(int p) {
    if (s.tok(p).is("to") && p + 1 < s.size()) {
      // "to reporters", "to the BBC", not "to study the tax" (an infinitive is speech).
      Token n = s.tok(p + 1);
      if (!Lexicon.DETERMINERS.contains(n.lower())
          && !Lexicon.LISTENERS.contains(n.lower())
          && !n.capitalised()
          && s.mentionAt(n.begin()) == null) {
        return -1;
      }
    }
    int end = -1;
    for (int q = p + 1; q < s.size() && q <= p + 7; q++) {
      Token w = s.tok(q);
      if (s.quoted(q) || !w.word()) {
        break;
      }
      if (w.is("that")) {
        return q;
      }
      Mention m = s.mentionAt(w.begin());
      if (m != null) {
        q = s.skipMention(q, m) - 1;
        end = q + 1;
        continue;
      }
      String lw = w.lower();
      if (Lexicon.TIME_WORDS.contains(lw)
          || Lexicon.MEDIUM_WORDS.contains(lw)
          || w.capitalised()
          || SentenceView.isNumber(w)) {
        end = q + 1;
      } else if (end > 0
          && !Lexicon.NP_PREPOSITIONS.contains(lw)
          && !Lexicon.ADVERBIAL_PREPOSITIONS.contains(lw)
          && !Lexicon.DETERMINERS.contains(lw)) {
        break;
      }
    }
    return end;
  }
}
