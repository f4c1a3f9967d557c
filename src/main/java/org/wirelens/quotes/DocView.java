package org.wirelens.quotes;

import java.util.List;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteMarks.Paragraph;
import org.wirelens.quotes.QuoteMarks.Segment;
import org.wirelens.quotes.Speech.Piece;
import org.wirelens.quotes.Units.Unit;

/**
 * One document as the quote rules read it, built once and never changed: the text, its mentions in
 * text order, its paragraphs, the spans in quotation marks and the sentences read for attribution
 * (units).
 */
final class DocView {
  private final String text;
  private final List<Mention> mentions;
  private final List<Paragraph> paragraphs;
  private final List<Segment> segments;
  private final List<Unit> units;

  DocView(QuoteInput in) {
    this.text = in.text();
    this.mentions = in.mentions(); // in text order (QuoteInput)
    this.paragraphs = List.copyOf(QuoteMarks.paragraphs(text));
    this.segments = List.copyOf(QuoteMarks.segments(text, paragraphs));
    this.units = List.copyOf(Units.of(text, paragraphs, segments, in.sentences()));
  }

  String text() {
    return text;
  }

  List<Mention> mentions() {
    return mentions;
  }

  List<Paragraph> paragraphs() {
    return paragraphs;
  }

  List<Segment> segments() {
    return segments;
  }

  List<Unit> units() {
    return units;
  }

  /** Where each unit starts, ascending. */
  int[] unitBegins() {
    int[] begins = new int[units.size()];
    for (int i = 0; i < begins.length; i++) {
      begins[i] = units.get(i).begin();
    }
    return begins;
  }

  /** Where a pronoun or description in {@code paragraph} may start to look for its referent. */
  int windowStart(int paragraph) {
    int p = Math.max(0, paragraph - QuoteExtractor.SALIENCE_PARAGRAPHS);
    return paragraphs.get(p).begin();
  }

  /** The mention covering {@code offset}, or null. */
  Mention mentionAt(int offset) {
    int lo = 0;
    int hi = mentions.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Mention m = mentions.get(mid);
      if (m.end() <= offset) {
        lo = mid + 1;
      } else if (m.begin() > offset) {
        hi = mid - 1;
      } else {
        return m;
      }
    }
    return null;
  }

  /** The first mention of an entity, or null. */
  Mention anyMentionOf(String entityId) {
    for (Mention m : mentions) {
      if (m.entityId().equals(entityId)) {
        return m;
      }
    }
    return null;
  }

  /** Whether {@code offset} lies strictly inside quotation marks. */
  boolean insideSegment(int offset) {
    return Units.insideSegment(segments, offset);
  }

  /** {@code [b, e)} without surrounding spaces, separators and a final period. */
  Piece trim(int b, int e) {
    while (b < e
        && (Tokens.isSpace(text.charAt(b)) || ",:;\u2014\u2013-".indexOf(text.charAt(b)) >= 0)) {
      b++;
    }
    while (e > b
        && (Tokens.isSpace(text.charAt(e - 1))
            || ",:;\u2014\u2013-.".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e <= b) {
      return null;
    }
    boolean word = false;
    for (int i = b; i < e && !word; i++) {
      word = Character.isLetterOrDigit(text.charAt(i));
    }
    return word ? new Piece(b, e) : null;
  }

  /** Whether a piece is exactly one quoted segment. */
  boolean isSegment(Piece p) {
    Segment g = segmentIn(p);
    return g != null && g.begin() == p.begin() && g.end() >= p.end() - 1;
  }

  /** The first quoted segment that starts inside the piece, or null. */
  Segment segmentIn(Piece p) {
    for (Segment g : segments) {
      if (g.begin() >= p.begin() && g.begin() < p.end()) {
        return g;
      }
    }
    return null;
  }
}
