package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirelens.quotes.QuoteInput.Span;
import org.wirelens.quotes.QuoteMarks.Paragraph;
import org.wirelens.quotes.QuoteMarks.Segment;

/**
 * The sentences the attribution rules read (units): the NLP stage's sentences clipped to
 * paragraphs, joined where a boundary falls inside quotation marks or before "he said" after a
 * closing mark, split where the detector missed a sentence end at a quotation mark; and the
 * paragraphs that are links to other articles, whose words are no speech.
 */
final class Units {
  /** A sentence as read for attribution: {@code text[begin:end]} in paragraph {@code paragraph}. */
  record Unit(int begin, int end, int paragraph) {}

  private static final Pattern QUOTED_BREAK =
      Pattern.compile(
          "[.!?][\u201d\"\u00bb]\\s+(?=[\\p{Lu}\u201c\"\u00ab])|[.!?]\\s+(?=[\u201c\u00ab])");

  private Units() {}

  /**
   * Sentences clipped to paragraphs, without boundaries inside quotation marks, and with "he said"
   * after a closing "?" or "!" kept in the quotation's sentence.
   */
  static List<Unit> of(
      String text, List<Paragraph> paragraphs, List<Segment> segments, List<Span> sentences) {
    List<Unit> out = new ArrayList<>();
    int s = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      List<Integer> starts = new ArrayList<>();
      starts.add(para.begin());
      while (s < sentences.size() && sentences.get(s).begin() < para.end()) {
        int b = sentences.get(s).begin();
        if (b > para.begin()
            && !insideSegment(segments, b)
            && !continuesAttribution(text, b)
            && endsSentence(text, b)) {
          starts.add(b);
        }
        s++;
      }
      // A sentence ending inside quotation marks, or one opening with them, ends the previous
      // one: the NLP stage's detector misses both ('... it." Most of', 'he said. "We').
      Matcher m = QUOTED_BREAK.matcher(text).region(para.begin(), para.end());
      while (m.find()) {
        if (!insideSegment(segments, m.end()) && !starts.contains(m.end())) {
          starts.add(m.end());
        }
      }
      starts.sort(null);
      starts.add(para.end());
      for (int i = 0; i + 1 < starts.size(); i++) {
        int b = starts.get(i);
        int e = starts.get(i + 1);
        while (b < e && Tokens.isSpace(text.charAt(b))) {
          b++;
        }
        while (e > b && Tokens.isSpace(text.charAt(e - 1))) {
          e--;
        }
        if (e > b) {
          out.add(new Unit(b, e, p));
        }
      }
    }
    // "Reagan said:" at a paragraph's end introduces the quotation the next one opens with.
    for (int i = 0; i + 1 < out.size(); i++) {
      Unit u = out.get(i);
      Unit next = out.get(i + 1);
      if (text.charAt(u.end() - 1) == ':'
          && QuoteMarks.isDoubleMark(text.charAt(next.begin()))
          && next.paragraph() == u.paragraph() + 1) {
        out.set(i, new Unit(u.begin(), next.end(), u.paragraph()));
        out.remove(i + 1);
      }
    }
    return out;
  }

  /**
   * Whether the text before a sentence start ends a sentence: the detector also breaks wrapped
   * lines ("at 77-1/2 to\n78."), which are no sentence ends.
   */
  private static boolean endsSentence(String text, int b) {
    int i = b - 1;
    while (i >= 0 && Tokens.isSpace(text.charAt(i))) {
      i--;
    }
    if (i >= 0 && text.charAt(i) == '.' && QuoteMarks.abbreviationEnds(text, i + 1)) {
      // "the U.S.\nRegulators": an abbreviation, unless a sentence plainly starts after it.
      return QuoteMarks.startsSentence(text, b);
    }
    return i < 0 || ".!?:;)\"\u201d\u00bb\u2019'\u2026".indexOf(text.charAt(i)) >= 0;
  }

  /** Whether {@code offset} lies strictly inside one of the quoted segments (in text order). */
  static boolean insideSegment(List<Segment> segments, int offset) {
    for (Segment g : segments) {
      if (g.begin() < offset && offset < g.end()) {
        return true;
      }
      if (g.begin() >= offset) {
        break;
      }
    }
    return false;
  }

  /** A sentence starting lower-case right after a closing mark: '"Why?" he asked.' */
  private static boolean continuesAttribution(String text, int b) {
    if (!Character.isLowerCase(text.charAt(b))) {
      return false;
    }
    int i = b - 1;
    while (i >= 0 && Tokens.isSpace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && QuoteMarks.isDoubleMark(text.charAt(i));
  }

  /** A paragraph opening with a teaser label and a colon: "READ MORE:", "WATCH:". */
  static boolean teaser(String text, Paragraph p) {
    int colon = text.indexOf(':', p.begin());
    if (colon < 0 || colon - p.begin() > 20 || colon >= p.end()) {
      return false;
    }
    return Lexicon.TEASERS.contains(text.substring(p.begin(), colon).strip());
  }
}
