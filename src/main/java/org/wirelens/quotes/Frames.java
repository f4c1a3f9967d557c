package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.List;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.ReportingCues.Cue;
import org.wirelens.quotes.Speakers.Speaker;
import org.wirelens.quotes.Tokens.Token;

/**
 * The attributions of a sentence (reporting frames): a reporting verb that reports here ("said",
 * not "the said company", "is said to" or "did not say"), its speaker before it ("Lavrov said",
 * "Lavrov, the foreign minister, said", "..., adding that"), after it ("said Lavrov") or after
 * "according to", and the listener and adverbials after it ("told Reuters on Tuesday that"), which
 * are no speech.
 */
final class Frames {
  /**
   * A reporting verb with its speaker, the span of the whole attribution and where speech may be.
   *
   * @param cue the verb (or "according")
   * @param kind how the verb reports
   * @param attrBegin where the attribution starts (its speaker, or the verb of an inverted one)
   * @param attrEnd where it ends, past its listener and adverbials
   * @param canBefore whether speech may precede it (it follows a comma, a dash or a closing mark)
   * @param according an "according to X"
   * @param coordinated a verb whose subject is the clause's ("... but said the numbers changed")
   */
  record Frame(
      Token cue,
      Cue kind,
      Speaker speaker,
      int attrBegin,
      int attrEnd,
      boolean canBefore,
      boolean according,
      boolean coordinated) {}

  /** Where a verb's speaker is: its phrase, where the attribution starts, the token after it. */
  private record Subject(Speaker speaker, int attrBegin, int after, boolean coordinated) {}

  /** The words before a verb make it report nothing: negated, or an infinitive. */
  private static final int NOT_REPORTING = Integer.MIN_VALUE;

  private final SentenceView s;
  private final NounPhrases np;
  private final Speakers speakers;
  private final Speech speech;
  private final Salience salience;
  private final Adverbials adverbials;

  Frames(SentenceView s, NounPhrases np, Speakers speakers, Speech speech, Salience salience) {
    this.s = s;
    this.np = np;
    this.speakers = speakers;
    this.speech = speech;
    this.salience = salience;
    this.adverbials = new Adverbials(s);
  }

  /**
   * The sentence's frames in text order; each speaker found by name is recorded as salient where
   * its verb stands.
   */
  List<Frame> find() {
    List<Frame> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Frame f = s.quoted(i) ? null : frameAt(i, out);
      if (f != null && !out.isEmpty() && nested(out.get(out.size() - 1), f)) {
        // "Freeland says Canada has asked China to ...": the second verb is part of the speech.
        f = null;
      }
      if (f != null) {
        out.add(f);
        Speaker sp = f.speaker();
        if (sp.entityId() != null) {
          Mention any = s.doc().anyMentionOf(sp.entityId());
          salience.speaker(
              f.cue().begin(),
              sp.entityId(),
              any == null ? "PERSON" : any.type(),
              any == null ? Gender.UNKNOWN : any.gender());
        }
        // Later cues start after this attribution ("said Lavrov, adding that").
        int next = i + 1;
        while (next < s.size() && s.tok(next).begin() < f.attrEnd()) {
          next++;
        }
        i = Math.max(next, i + 1);
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * Whether {@code f}'s attribution lies inside the speech of the attribution before it: that
   * speech may start right after it, and only words, no separator, stand between them.
   */
  private boolean nested(Frame before, Frame f) {
    if (f.attrBegin() <= before.attrEnd()) {
      return false;
    }
    for (int q = 0; q < s.size(); q++) {
      Token t = s.tok(q);
      if (t.begin() >= before.attrEnd()
          && t.begin() < f.attrBegin()
          && (!t.word() || s.quoted(q))) {
        return false;
      }
    }
    // No speech is assigned yet: while frames are found, none has speech before it.
    return speech.afterPiece(before.attrEnd(), s.end(), before, null) != null;
  }

  /** The frame whose verb is token {@code i}, or null. */
  private Frame frameAt(int i, List<Frame> previous) {
    Token t = s.tok(i);
    if (!t.word() || s.insideName(t)) {
      return null;
    }
    if (t.is("according") && i + 1 < s.size() && s.tok(i + 1).is("to")) {
      return according(i);
    }
    Cue cue = ReportingCues.of(t.lower());
    if (cue == null || excluded(i, cue)) {
      return null;
    }
    int j = beforeVerb(i);
    if (j == NOT_REPORTING || (cue.participle() && !participleReports(i))) {
      return null;
    }
    Subject subject = subject(i, j, cue, previous);
    if (subject == null) {
      return null;
    }
    int p = adverbials.skip(subject.after(), cue);
    int attrEnd = Math.max(p > 0 ? s.tok(p - 1).end() : t.end(), t.end());
    // "X did not reveal details, but said ...", "X filed a form, indicating ...": what precedes
    // is X's own clause, not speech.
    boolean canBefore =
        !subject.coordinated() && !cue.participle() && canBefore(subject.attrBegin());
    return new Frame(
        t,
        cue,
        subject.speaker(),
        subject.attrBegin(),
        attrEnd,
        canBefore,
        false,
        subject.coordinated());
  }

  /**
   * The last token before the words between a speaker and the verb at {@code i} ("also", "has",
   * "later Tuesday", "went on to"), -1 when they open the sentence, or {@link #NOT_REPORTING} when
   * they negate the verb or make it an infinitive that reports nothing.
   */
  private int beforeVerb(int i) {
    int j = i - 1;
    int zone = 0;
    if (j >= 1 && s.tok(j).is("to")) {
      // An infinitive reports nothing ("a thing to say", "asked to comment") unless a verb of
      // going on carries it ("went on to say").
      if (!Lexicon.BEFORE_TO.contains(s.tok(j - 1).lower())) {
        return NOT_REPORTING;
      }
      boolean on = s.tok(j - 1).is("on");
      j -= 2;
      zone += 2;
      if (on && j >= 0 && Lexicon.GO_FORMS.contains(s.tok(j).lower())) {
        j--; // "went on to say"
      }
    }
    while (j >= 0 && !s.quoted(j) && s.tok(j).word() && zone < 4) {
      String w = s.tok(j).lower();
      if (Lexicon.NEGATIONS.contains(w) || w.endsWith("n't")) {
        return NOT_REPORTING;
      }
      boolean timeDeterminer =
          Lexicon.TIME_DETERMINERS.contains(w) && Lexicon.TIME_WORDS.contains(s.tok(j + 1).lower());
      if (Lexicon.AUXILIARIES.contains(w)
          || Lexicon.TIME_WORDS.contains(w)
          || timeDeterminer
          || SentenceView.adverb(s.tok(j))) {
        j--;
        zone++;
      } else {
        break;
      }
    }
    if (j >= 0 && !s.quoted(j) && Lexicon.NEGATIONS.contains(s.tok(j).lower())) {
      return NOT_REPORTING;
    }
    return j;
  }

  /**
   * The speaker of the verb at {@code i}, whose speaker's phrase would end at token {@code j}: the
   * clause's subject for a participle or a coordinated verb, the phrase before the verb, a name
   * with its apposition, or the phrase after an inverted verb; null when there is none.
   */
  private Subject subject(int i, int j, Cue cue, List<Frame> previous) {
    Token t = s.tok(i);
    boolean asSaying = i > 0 && s.tok(i - 1).is("as");
    if (cue.participle() && !asSaying) {
      // "..., adding that", "published a notice saying": the clause's speaker, never the words
      // before or after the participle ("calling it a disaster").
      Speaker sp = previous.isEmpty() ? speakers.unitSubject(i) : lastSpeaker(previous);
      return sp == null ? null : new Subject(sp, t.begin(), i + 1, false);
    }
    if (j >= 0
        && !s.quoted(j)
        && s.tok(j).word()
        && !Lexicon.CLAUSE_LINKS.contains(s.tok(j).lower())) {
      int start = np.npStart(j);
      if (start < 0) {
        return null;
      }
      Speaker sp = speakers.speaker(start, j);
      return sp == null ? null : new Subject(sp, s.tok(start).begin(), i + 1, false);
    }
    if (j >= 0 && !s.quoted(j) && (s.tok(j).is("and") || s.tok(j).is("but"))) {
      // "Akar did not say how many ... but said the numbers changed": the clause's subject.
      Speaker sp = cue.participle() ? lastSpeaker(previous) : speakers.unitSubject(j);
      return sp == null ? null : new Subject(sp, s.tok(j).begin(), i + 1, true);
    }
    int[] appositionNp = j >= 0 && s.tok(j).is(",") ? np.apposition(j) : null;
    if (appositionNp != null) {
      // "Lavrov, the foreign minister, said".
      Speaker sp = speakers.speaker(appositionNp[0], appositionNp[1]);
      return new Subject(sp, s.tok(appositionNp[0]).begin(), i + 1, false);
    }
    // "..., said Lavrov", "..., the minister said" was handled above; "adding that".
    // The phrase after "told" is the listener, never the speaker; and a verb inverts only
    // after a comma, a quotation, a colon or a dash, or opening the sentence ("which last
    // week declared a moratorium" has no speaker "a moratorium").
    if (j >= 0
        && !s.quoted(j)
        && !(s.tok(j).is(",")
            || s.tok(j).is(":")
            || s.tok(j).is("\u2014")
            || s.tok(j).is("\u2013"))) {
      return null;
    }
    int[] after = cue.takesObject() ? null : np.npAfter(i + 1, true, true);
    if (after == null) {
      return null;
    }
    Speaker sp = speakers.speaker(after[0], after[1]);
    return sp == null ? null : new Subject(sp, t.begin(), after[2], false);
  }

  /**
   * An -ing form reports speech after a comma or a dash ("he said, adding that"), a preposition
   * ("by saying", "as saying", "before adding"), an auxiliary ("has been urging") or a written
   * channel ("a notice saying"); not inside a phrase ("by hearing and reading the word").
   */
  private boolean participleReports(int i) {
    if (i == 0) {
      return false;
    }
    Token prev = s.tok(i - 1);
    String l = prev.lower();
    return s.quoted(i - 1)
        || Lexicon.FINITE.contains(l)
        || prev.is(",")
        || prev.is(";")
        || prev.is("\u2014")
        || prev.is("\u2013")
        || prev.is("-")
        || Lexicon.PARTICIPLE_OPENERS.contains(l)
        || Lexicon.MEDIUM_WORDS.contains(l);
  }

  /** Reporting verbs that are not reporting here: "is said to", "the said", "told to leave". */
  private boolean excluded(int i, Cue cue) {
    Token t = s.tok(i);
    Token prev = i > 0 ? s.tok(i - 1) : null;
    Token next = i + 1 < s.size() ? s.tok(i + 1) : null;
    // A present form after a preposition is a noun ("in subsequent reports", "according to
    // reports"); a past form is not ("officials at headquarters said"), nor an infinitive ("to
    // say") or a participle ("before adding").
    boolean present =
        !cue.participle()
            && !t.lower().endsWith("ed")
            && !cue.past()
            && !t.lower().equals(cue.lemma());
    if (present
        && i >= 2
        && prev.word()
        && !prev.capitalised()
        && !Lexicon.SUBJECT_PRONOUNS.containsKey(prev.lower())
        && !Lexicon.OBJECT_PRONOUNS.contains(prev.lower())
        && Lexicon.PREPOSITIONS.contains(s.tok(i - 2).lower())) {
      return true;
    }
    if (present && prev != null && Lexicon.PREPOSITIONS.contains(prev.lower())) {
      return true;
    }
    if (prev != null && Lexicon.ARTICLES.contains(prev.lower())) {
      return true; // "the said company", "his comments", "a report"
    }
    if (t.lower().equals(cue.lemma())
        && !cue.lemma().equals("say")
        && !cue.lemma().equals("tell")
        && prev != null
        && !(prev.word() && prev.lower().endsWith("s"))
        && !Lexicon.BASE_FORM_SUBJECTS.contains(prev.lower())
        && !Lexicon.AUXILIARIES.contains(prev.lower())
        && !prev.is("to")
        && !(prev.is(",") || prev.is("\u201d") || prev.is("\""))) {
      // A base form after a singular noun is a noun ("member state aid", "the big reveal", "a
      // brief comment"); as a verb it follows a plural, I, we, you, they or an auxiliary.
      return true;
    }
    // "was told", "is also said", "were widely reported": passive, the speaker is not given.
    int b = i - 1;
    while (b >= 0 && (s.tok(b).is("also") || SentenceView.adverb(s.tok(b)))) {
      b--;
    }
    Token be = b >= 0 ? s.tok(b) : null;
    boolean passive = be != null && !cue.participle() && Lexicon.BE_FORMS.contains(be.lower());
    if (passive) {
      return true;
    }
    if (next != null && next.is("to") && cue.lemma().equals("say")) {
      // "said to be": hearsay, not a quotation; "say to" rarely introduces speech in news.
      return !t.is("saying");
    }
    if (cue.particleRequired()) {
      // "fired back", "hit back": without the particle these verbs are not speech.
      return next == null || !next.is(cue.particle());
    }
    return next != null && cue.lemma().equals("call") && (next.is("for") || next.is("on"));
  }

  /** Speech may precede the attribution: it follows a comma, a dash or a closing mark. */
  private boolean canBefore(int attrBegin) {
    int k = -1;
    for (int q = 0; q < s.size(); q++) {
      if (s.tok(q).begin() >= attrBegin) {
        break;
      }
      k = q;
    }
    if (k < 0) {
      return false;
    }
    Token t = s.tok(k);
    boolean sep =
        t.is(",") || t.is("\u2014") || t.is("\u2013") || t.is("-") || t.is(":") || s.quoted(k);
    return sep && s.wordsBetween(s.begin(), t.begin()) + (s.quoted(k) ? 1 : 0) > 0;
  }

  /**
   * "according to X": speech before it ("..., according to X") or after ("According to X, ...").
   */
  private Frame according(int i) {
    // "According to X, the talks failed": what follows the comma is the speech, not X's
    // apposition (as it is in "..., according to X, a spokesman").
    boolean speechBefore = s.wordsBetween(s.begin(), s.tok(i).begin()) > 0;
    int[] after = np.npAfter(i + 2, false, speechBefore);
    if (after == null) {
      return null;
    }
    Speaker sp = speakers.speaker(after[0], after[1]);
    if (sp == null) {
      return null;
    }
    int attrBegin = s.tok(i).begin();
    return new Frame(
        s.tok(i),
        ReportingCues.ACCORDING_TO,
        sp,
        attrBegin,
        s.tok(after[2] - 1).end(),
        s.wordsBetween(s.begin(), attrBegin) > 0,
        true,
        false);
  }

  private Speaker lastSpeaker(List<Frame> previous) {
    return previous.isEmpty() ? null : previous.get(previous.size() - 1).speaker();
  }
}
