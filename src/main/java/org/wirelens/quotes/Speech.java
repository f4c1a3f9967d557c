package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.List;
import org.wirelens.quotes.Frames.Frame;
import org.wirelens.quotes.QuoteMarks.Segment;
import org.wirelens.quotes.ReportingCues.Strength;
import org.wirelens.quotes.Tokens.Token;

/**
 * The speech of a sentence's attributions: the text between them goes to the attribution after it
 * when that follows a comma or closing mark ("The talks failed, Lavrov said"), else to the one
 * before it when speech may start there ("Lavrov said the talks failed"); an opening adverbial or
 * clause ("In July, the commission said") and what a verb cannot report ("said nothing") are no
 * speech.
 */
final class Speech {
  /** A span of speech, {@code text[begin:end]}. */
  record Piece(int begin, int end) {}

  /** A frame with the speech it was given before and after its attribution (either may be null). */
  record Attribution(Frame frame, Piece before, Piece after) {}

  private final SentenceView s;
  private final DocView doc;

  Speech(SentenceView s) {
    this.s = s;
    this.doc = s.doc();
  }

  /**
   * The frames with their speech. A verb with no speech of its own ("as the picture clarifies")
   * must not cut the speech of the attribution before it: it is dropped and the sentence read
   * again.
   */
  List<Attribution> attribute(List<Frame> found) {
    List<Frame> frames = new ArrayList<>(found);
    Piece[] before = new Piece[frames.size()];
    Piece[] after = new Piece[frames.size()];
    assign(frames, before, after);
    for (int round = 0; round < 3; round++) {
      List<Frame> kept = new ArrayList<>();
      for (int k = 0; k < frames.size(); k++) {
        if (k == 0 || before[k] != null || after[k] != null) {
          kept.add(frames.get(k));
        }
      }
      if (kept.size() == frames.size()) {
        break;
      }
      frames = kept;
      before = new Piece[frames.size()];
      after = new Piece[frames.size()];
      assign(frames, before, after);
    }
    List<Attribution> out = new ArrayList<>();
    for (int k = 0; k < frames.size(); k++) {
      out.add(new Attribution(frames.get(k), before[k], after[k]));
    }
    return out;
  }

  /**
   * Gives the text between attributions to the frames: to the attribution after it when that
   * follows a comma or closing mark, else to the one before it when it may open speech.
   */
  private void assign(List<Frame> frames, Piece[] before, Piece[] after) {
    for (int k = 0; k <= frames.size(); k++) {
      Frame left = k > 0 ? frames.get(k - 1) : null;
      Frame right = k < frames.size() ? frames.get(k) : null;
      int b = left == null ? s.begin() : left.attrEnd();
      int e = right == null ? s.end() : right.attrBegin();
      if (e <= b) {
        continue;
      }
      Piece asBefore = right != null && right.canBefore() ? beforePiece(b, e, right) : null;
      Piece asAfter = left != null ? afterPiece(b, e, left, before[k - 1]) : null;
      if (asBefore != null && asAfter != null && asAfter.end() <= asBefore.begin()) {
        // "X said A. B, Y said.": two sentences, one for each.
        after[k - 1] = asAfter;
        before[k] = asBefore;
      } else if (asBefore != null && (asAfter == null || doc.isSegment(asBefore))) {
        before[k] = asBefore;
      } else if (asAfter != null) {
        after[k - 1] = asAfter;
      }
    }
  }

  /**
   * Speech before an attribution: from the last sentence end in {@code [b, e)} to the separator.
   */
  private Piece beforePiece(int b, int e, Frame f) {
    int start = b;
    for (int q = 0; q < s.size(); q++) {
      Token t = s.tok(q);
      if (t.begin() >= e) {
        break;
      }
      if (t.begin() >= b && !s.quoted(q) && SentenceView.isTerminator(t)) {
        start = t.end();
      }
    }
    Piece p = doc.trim(start, e);
    if (p == null) {
      return null;
    }
    int words = s.wordsBetween(p.begin(), p.end());
    if (doc.isSegment(p)) {
      return p;
    }
    if (words < 2) {
      return null;
    }
    // An opening adverbial or subordinate clause before "X said" is not speech: "In July 2017,
    // the commission said", "As the talks ended, X said", "A day earlier, X said". One followed
    // by a main clause is ("In fact, the cost was higher, X said"), and so is a whole sentence
    // before a closing attribution ("At least 48 people died, he said"; "Being a young person in
    // public can be hard, Lonechild said").
    Token first = s.firstWord(p);
    String lf = first.lower();
    boolean subordinate = Lexicon.SUBORDINATORS.contains(lf) || Lexicon.QUESTIONED.contains(lf);
    boolean opening =
        Lexicon.NOT_SPEECH_START.contains(lf)
            || Lexicon.ADVERBIAL_PREPOSITIONS.contains(lf)
            || Lexicon.TIME_WORDS.contains(lf)
            || lf.endsWith("ing")
            || SentenceView.adverb(first)
            || (words <= 4 && Lexicon.TIME_WORDS.contains(s.lastWord(p).lower()));
    boolean intro =
        subordinate
            || (opening && (words <= 5 || hasSpeechAfter(f) || innerComma(p) || !finiteVerb(p)));
    if (intro && !clauseAfterComma(p)) {
      return null;
    }
    return p;
  }

  /**
   * After an opening adverbial's comma, a main clause: four words or more, one of them a lower-case
   * word that is not a determiner or preposition ("In fact, the cost was higher"), not a name in
   * apposition ("In a conference with the minister, Mohamed Siala").
   */
  private boolean clauseAfterComma(Piece p) {
    int comma = -1;
    for (int q = 0; q < s.size() && comma < 0; q++) {
      Token t = s.tok(q);
      if (t.begin() >= p.begin() && t.end() < p.end() && t.is(",") && !s.quoted(q)) {
        comma = q;
      }
    }
    if (comma < 0) {
      return false;
    }
    int words = 0;
    boolean content = false;
    for (int q = comma + 1; q < s.size() && s.tok(q).end() <= p.end(); q++) {
      Token t = s.tok(q);
      if (t.word()) {
        words++;
        String l = t.lower();
        content |=
            !t.capitalised()
                && s.mentionAt(t.begin()) == null
                && !Lexicon.DETERMINERS.contains(l)
                && !Lexicon.NP_PREPOSITIONS.contains(l)
                && !Lexicon.ADVERBIAL_PREPOSITIONS.contains(l);
      }
    }
    return words >= 4 && content;
  }

  /** A comma outside quotation marks inside the piece. */
  private boolean innerComma(Piece p) {
    for (int q = 0; q < s.size(); q++) {
      Token t = s.tok(q);
      if (t.begin() >= p.begin() && t.end() < p.end() && t.is(",") && !s.quoted(q)) {
        return true;
      }
    }
    return false;
  }

  /** An auxiliary or modal in the piece: it is a clause, not an adverbial phrase. */
  private boolean finiteVerb(Piece p) {
    for (int q = 0; q < s.size(); q++) {
      Token t = s.tok(q);
      if (t.begin() >= p.begin()
          && t.end() <= p.end()
          && !s.quoted(q)
          && Lexicon.FINITE.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether speech may follow {@code f}, which has none before it yet. */
  private boolean hasSpeechAfter(Frame f) {
    return f.attrEnd() < s.end() && afterPiece(f.attrEnd(), s.end(), f, null) != null;
  }

  /**
   * Speech after an attribution, up to the next sentence end; null when none may start here. {@code
   * before} is the speech given to the frame before its attribution, if any.
   */
  Piece afterPiece(int b, int e, Frame f, Piece before) {
    if (f.according()) {
      // "According to X, the talks failed."
      int q = s.firstTokenAt(b);
      if (q < 0 || !s.tok(q).is(",")) {
        return null;
      }
    }
    int q = s.firstTokenAt(b);
    while (q >= 0
        && q < s.size()
        && s.tok(q).begin() < e
        && !s.quoted(q)
        && SentenceView.separator(s.tok(q))) {
      q++;
    }
    if (q < 0 || q >= s.size() || s.tok(q).begin() >= e) {
      return null;
    }
    Token first = s.tok(q);
    if (!s.quoted(q) && SentenceView.isTerminator(first)) {
      return null;
    }
    int end = e;
    for (int r = q; r < s.size() && s.tok(r).begin() < e; r++) {
      if (!s.quoted(r) && SentenceView.isTerminator(s.tok(r))) {
        end = s.tok(r).begin();
        break;
      }
      // "..., while the head of the council accused ...": a second main clause, not the speech.
      if (!s.quoted(r)
          && r > q
          && (s.tok(r).is(";")
              || (s.tok(r).is(",")
                  && r + 1 < s.size()
                  && (s.tok(r + 1).is("while") || s.tok(r + 1).is("whereas"))))) {
        end = s.tok(r).begin();
        break;
      }
    }
    Piece p = doc.trim(first.begin(), end);
    if (p == null) {
      return null;
    }
    boolean startsQuoted = s.quoted(q);
    boolean hasQuoted = false;
    int firstQuoted = -1;
    int wordsBefore = 0;
    for (int r = q; r < s.size() && s.tok(r).begin() < p.end(); r++) {
      if (s.quoted(r) && firstQuoted < 0) {
        firstQuoted = r;
      }
      if (!s.quoted(r) && firstQuoted < 0 && s.tok(r).word()) {
        wordsBefore++;
      }
      hasQuoted |= s.quoted(r);
    }
    if (before != null) {
      // After '"We are ready," he said,' only more quoted words; after 'The ceasefire, Lavrov
      // said,' the rest of the sentence, unless an adjunct follows ("..., following her visit").
      if (doc.isSegment(before)) {
        return startsQuoted ? p : null;
      }
      String l0 = first.lower();
      boolean adjunct =
          !startsQuoted
              && ((l0.endsWith("ing") && !first.capitalised())
                  || l0.equals("that")
                  || l0.equals("according"));
      return adjunct ? null : p;
    }
    if (firstQuoted > q
        && wordsBefore <= 8
        && (s.tok(firstQuoted - 1).is(":") || s.tok(firstQuoted - 1).is(","))) {
      // "explained the numbers this way: "..."", "claimed of the complex, "...": the quotation
      // that ends the sentence is the speech.
      Segment g = doc.segmentIn(new Piece(s.tok(firstQuoted).begin(), p.end()));
      if (g != null && g.begin() == s.tok(firstQuoted).begin() && g.end() >= p.end() - 1) {
        return doc.trim(g.begin(), p.end());
      }
    }
    String lw = first.lower();
    if (firstQuoted > q && wordsBefore <= 2 && f.kind().strength() != Strength.CLAUSE) {
      // "suggests companies "should move to ...": a clause whose words are quoted.
      return p;
    }
    switch (f.kind().strength()) {
      case QUOTED_ONLY:
        return hasQuoted ? p : null;
      case THAT_CLAUSE:
        if (startsQuoted
            || lw.equals("that")
            || (Lexicon.SUBJECT_PRONOUNS.containsKey(lw) && !lw.equals("you"))
            || lw.equals("there")
            || (lw.equals("to") && f.kind().takesObject())) {
          return s.wordsBetween(p.begin(), p.end()) >= 2 || startsQuoted ? p : null;
        }
        return null;
      case CLAUSE:
      default:
        if (startsQuoted) {
          return p;
        }
        if (Lexicon.NOT_SPEECH_OBJECTS.contains(lw)) {
          return null; // "says much about", "said nothing", "said goodbye"
        }
        if (Lexicon.NOT_SPEECH_START.contains(lw) && !(lw.equals("to") && f.kind().takesObject())) {
          return null;
        }
        return s.wordsBetween(p.begin(), p.end()) >= 2 ? p : null;
    }
  }
}
