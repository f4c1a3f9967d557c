package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.List;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteMarks.Segment;
import org.wirelens.quotes.Speech.Piece;
import org.wirelens.quotes.Tokens.Token;
import org.wirelens.quotes.Units.Unit;

/**
 * One sentence (unit) as every attribution rule reads it, built once and never changed: its tokens
 * (each with its offsets and lower-case form), which of them stand in quotation marks, the quoted
 * segments that start in it and the document's mentions, looked up by offset.
 */
final class SentenceView {
  private final DocView doc;
  private final Unit unit;
  private final List<Token> toks;
  private final boolean[] quoted;
  private final List<Segment> segments;

  private SentenceView(
      DocView doc, Unit unit, List<Token> toks, boolean[] quoted, List<Segment> segments) {
    this.doc = doc;
    this.unit = unit;
    this.toks = toks;
    this.quoted = quoted;
    this.segments = segments;
  }

  /**
   * The view of unit {@code u}; a paragraph that links to another article ("READ MORE: Budget won't
   * balance until 2040, Finance Department says") has no words to read: another article's, not this
   * one's speech.
   */
  static SentenceView of(DocView doc, Unit u) {
    String text = doc.text();
    if (Units.teaser(text, doc.paragraphs().get(u.paragraph()))) {
      return new SentenceView(doc, u, List.of(), new boolean[0], List.of());
    }
    List<Token> toks = Tokens.of(text, u.begin(), u.end());
    boolean[] inSeg = new boolean[toks.size()];
    List<Segment> unitSegments = new ArrayList<>();
    for (Segment g : doc.segments()) {
      if (g.begin() >= u.begin() && g.begin() < u.end()) {
        unitSegments.add(g);
      }
    }
    for (int i = 0; i < toks.size(); i++) {
      for (Segment g : unitSegments) {
        if (toks.get(i).begin() >= g.begin() && toks.get(i).begin() < g.end()) {
          inSeg[i] = true;
        }
      }
    }
    return new SentenceView(doc, u, List.copyOf(toks), inSeg, List.copyOf(unitSegments));
  }

  DocView doc() {
    return doc;
  }

  String text() {
    return doc.text();
  }

  int begin() {
    return unit.begin();
  }

  int end() {
    return unit.end();
  }

  int paragraph() {
    return unit.paragraph();
  }

  int size() {
    return toks.size();
  }

  Token tok(int i) {
    return toks.get(i);
  }

  List<Token> tokens() {
    return toks;
  }

  /** Whether token {@code i} stands in quotation marks. */
  boolean quoted(int i) {
    return quoted[i];
  }

  /** The quoted segments that start in this sentence, in text order. */
  List<Segment> segments() {
    return segments;
  }

  Mention mentionAt(int offset) {
    return doc.mentionAt(offset);
  }

  boolean mentionStartsAt(Token t) {
    Mention m = mentionAt(t.begin());
    return m != null && m.begin() == t.begin();
  }

  /** A word inside a name is not a verb: "Edward Said", "Tell City". */
  boolean insideName(Token t) {
    Mention m = mentionAt(t.begin());
    return m != null;
  }

  /** The first token at {@code p} or after that is past mention {@code m}. */
  int skipMention(int p, Mention m) {
    while (p < toks.size() && toks.get(p).begin() < m.end()) {
      p++;
    }
    return p;
  }

  int wordsBetween(int b, int e) {
    int n = 0;
    for (Token t : toks) {
      if (t.begin() >= b && t.end() <= e && t.word()) {
        n++;
      }
    }
    return n;
  }

  int firstTokenAt(int offset) {
    for (int q = 0; q < toks.size(); q++) {
      if (toks.get(q).begin() >= offset) {
        return q;
      }
    }
    return -1;
  }

  Token firstWord(Piece p) {
    for (Token t : toks) {
      if (t.begin() >= p.begin() && t.word()) {
        return t;
      }
    }
    return toks.get(0);
  }

  Token lastWord(Piece p) {
    Token last = null;
    for (Token t : toks) {
      if (t.begin() >= p.begin() && t.end() <= p.end() && t.word()) {
        last = t;
      }
    }
    return last == null ? toks.get(0) : last;
  }

  int tokenAt(int offset, int from, int to) {
    for (int q = from; q <= to; q++) {
      if (toks.get(q).begin() >= offset) {
        return q;
      }
    }
    return -1;
  }

  /** The last token of phrase {@code a..b} inside mention {@code m}. */
  int lastTokenOf(Mention m, int a, int b) {
    int last = a;
    for (int q = a; q <= b; q++) {
      if (toks.get(q).begin() < m.end()) {
        last = q;
      }
    }
    return last;
  }

  static boolean separator(Token t) {
    return t.is(",") || t.is(":") || t.is(";") || t.is("\u2014") || t.is("\u2013") || t.is("-");
  }

  static boolean isTerminator(Token t) {
    return t.is(".") || t.is("!") || t.is("?") || t.is("\u2026");
  }

  static boolean isNumber(Token t) {
    return t.word() && Character.isDigit(t.text().charAt(0));
  }

  /** A lower-case word in -ly ("McNeely" is a name, "family" a noun). */
  static boolean adverb(Token t) {
    return !t.capitalised() && adverb(t.lower());
  }

  static boolean adverb(String w) {
    return w.length() > 4 && w.endsWith("ly") && !Lexicon.NOT_ADVERBS.contains(w);
  }
}
