package org.wirelens.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Paragraphs and the spans in double quotation marks of a text: straight ("), curly (“ ”), low („
 * “) and guillemets (« »), nested marks kept inside the outer span, and a quotation left open at a
 * paragraph's end and reopened at the next paragraph's start read as one quotation over several
 * paragraphs. Single quotation marks are not read: in English news they are apostrophes, or quotes
 * inside quotes, or headline style.
 */
final class QuoteMarks {
  /** A paragraph: {@code text[begin:end]}, trimmed. */
  record Paragraph(int begin, int end) {}

  /**
   * A top-level span in quotation marks, marks included.
   *
   * @param closed whether a closing mark ends it (else it runs to its paragraph's end)
   * @param continuesNext left open at the paragraph end and reopened in the next paragraph
   * @param continuesPrevious the reopened part of a quotation begun in the previous paragraph
   */
  record Segment(
      int begin,
      int end,
      int paragraph,
      boolean closed,
      boolean continuesNext,
      boolean continuesPrevious) {
    /** The words inside the marks. */
    int words(String text) {
      int n = 0;
      boolean in = false;
      for (int i = begin; i < end; i++) {
        boolean w = Character.isLetterOrDigit(text.charAt(i));
        if (w && !in) {
          n++;
        }
        in = w || (in && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019'));
      }
      return n;
    }
  }

  /** Blank lines, or a line break before an indented line (wire copy), end a paragraph. */
  private static final Pattern BLOCK_BREAK =
      Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*|\\n[ \\t]{2,}");

  private static final Pattern LINE_BREAK = Pattern.compile("\\n\\s*");

  private QuoteMarks() {}

  /**
   * Paragraphs: where a text has blank lines or indented lines, those separate paragraphs and a
   * single line break is a wrapped line. A text with neither is either wrapped wire copy (most
   * lines end inside a sentence): a line ending a sentence, followed by one starting in capitals or
   * with a quotation mark, ends a paragraph unless a quotation runs on into the next line; or a
   * text with one paragraph per line.
   */
  static List<Paragraph> paragraphs(String text) {
    if (BLOCK_BREAK.matcher(text).find()) {
      return split(text, BLOCK_BREAK, true);
    }
    if (!wrapped(text)) {
      return split(text, LINE_BREAK, true);
    }
    List<Paragraph> out = split(text, WRAPPED_BREAK, false);
    // "... the U.S.\nTreasury's auction": an abbreviation at a line end ends no sentence unless a
    // sentence plainly starts after it ("... in the U.S.\nThe company said").
    for (int i = 0; i + 1 < out.size(); ) {
      if (abbreviationEnds(text, out.get(i).end())
          && !startsSentence(text, out.get(i + 1).begin())) {
        out.set(i, new Paragraph(out.get(i).begin(), out.get(i + 1).end()));
        out.remove(i + 1);
      } else {
        i++;
      }
    }
    // A sentence that ends at a line end inside a quotation is no paragraph end: the quotation
    // opened in one paragraph closes in the next ('"We did it.\nWe are ready," he said.').
    for (int i = 0; i + 1 < out.size(); ) {
      List<Paragraph> one = List.of(out.get(i));
      List<Segment> segs = segments(text, one);
      boolean open = !segs.isEmpty() && !segs.get(segs.size() - 1).closed();
      if (open && firstMarkCloses(text, out.get(i + 1))) {
        out.set(i, new Paragraph(out.get(i).begin(), out.get(i + 1).end()));
        out.remove(i + 1);
      } else {
        i++;
      }
    }
    return out;
  }

  /** Line breaks after a sentence end, before a capital or a quotation mark. */
  private static final Pattern WRAPPED_BREAK =
      Pattern.compile(
          "(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u00bb]))[ \\t]*\\n\\s*(?=[\\p{Lu}\\p{N}\"\u201c\u00ab\u201e])");

  /**
   * A dotted acronym ("U.S.") or a title before a name ("Sen.", {@code
   * data/lexicon/abbreviations.tsv}, column wrapped), capitalised, at the end of the text read.
   */
  private static final Pattern ABBREVIATION_END =
      Pattern.compile(
          "(?:\\b(?:\\p{Lu}\\.){2,}|\\b(?:"
              + Lexicon.WRAPPED_TITLES.stream()
                  .sorted()
                  .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                  .collect(Collectors.joining("|"))
              + ")\\.)$");

  /** Whether the text before {@code end} ends with an abbreviation ("U.S.", "Mr.", "Inc."). */
  static boolean abbreviationEnds(String text, int end) {
    int from = Math.max(0, end - 12);
    return ABBREVIATION_END.matcher(text.substring(from, end)).find();
  }

  /** Whether the word at {@code begin} plainly starts a sentence ("The", "It", "However"). */
  static boolean startsSentence(String text, int begin) {
    int e = begin;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return Lexicon.SENTENCE_STARTERS.contains(text.substring(begin, e))
        || (begin < text.length() && isDoubleMark(text.charAt(begin)));
  }

  /** Whether most lines end inside a sentence, as in wrapped wire copy. */
  private static boolean wrapped(String text) {
    String[] lines = text.split("\n");
    if (lines.length < 3) {
      return false;
    }
    int open = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String l = lines[i].strip();
      if (!l.isEmpty() && ".!?:;\"\u201d\u00bb'\u2019)".indexOf(l.charAt(l.length() - 1)) < 0) {
        open++;
      }
    }
    return open * 2 >= lines.length - 1;
  }

  private static boolean firstMarkCloses(String text, Paragraph p) {
    for (int i = p.begin(); i < p.end(); i++) {
      if (isDoubleMark(text.charAt(i))) {
        return !opens(text, i, p, true);
      }
    }
    return false;
  }

  private static List<Paragraph> split(String text, Pattern breaks, boolean headings) {
    List<Paragraph> out = new ArrayList<>();
    Matcher m = breaks.matcher(text);
    int start = 0;
    while (m.find()) {
      if (headings) {
        add(out, text, start, m.start());
      } else {
        addTrimmed(out, text, start, m.start());
      }
      start = m.end();
    }
    if (headings) {
      add(out, text, start, text.length());
    } else {
      addTrimmed(out, text, start, text.length());
    }
    return out;
  }

  /**
   * Adds a paragraph; a short line without final punctuation at its start, followed by a line
   * starting in capitals, is a heading ("Emirati role") and a paragraph of its own, even where only
   * a line break follows it (wrapped lines of wire copy are longer).
   */
  private static void add(List<Paragraph> out, String text, int b, int e) {
    int nl = text.indexOf('\n', b);
    if (nl > b && nl < e) {
      String line = text.substring(b, nl).strip();
      int next = nl + 1;
      while (next < e && Tokens.isSpace(text.charAt(next))) {
        next++;
      }
      boolean heading =
          !line.isEmpty()
              && next < e
              && (Character.isUpperCase(text.charAt(next)) || isDoubleMark(text.charAt(next)))
              && line.split("\\s+").length <= 6
              && ".,;:!?\"'\u201d\u2019)".indexOf(line.charAt(line.length() - 1)) < 0;
      if (heading) {
        addTrimmed(out, text, b, nl);
        add(out, text, nl + 1, e);
        return;
      }
    }
    addTrimmed(out, text, b, e);
  }

  private static void addTrimmed(List<Paragraph> out, String text, int b, int e) {
    while (b < e && Tokens.isSpace(text.charAt(b))) {
      b++;
    }
    while (e > b && Tokens.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new Paragraph(b, e));
    }
  }

  /** The top-level quoted segments of every paragraph, in text order. */
  static List<Segment> segments(String text, List<Paragraph> paragraphs) {
    List<Segment> out = new ArrayList<>();
    // The previous paragraph ended inside a quotation and this one reopens it.
    boolean carried = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      Deque<Integer> open = new ArrayDeque<>();
      Deque<Character> openMark = new ArrayDeque<>();
      boolean firstSegment = true;
      for (int i = para.begin(); i < para.end(); i++) {
        char c = text.charAt(i);
        if (!isDoubleMark(c)) {
          continue;
        }
        if (opens(text, i, para, !openMark.isEmpty() && openMark.peek() == '"')) {
          open.push(i);
          openMark.push(c);
        } else if (!open.isEmpty()) {
          int b = open.pop();
          openMark.pop();
          if (open.isEmpty()) {
            out.add(
                new Segment(
                    b, i + 1, p, true, false, carried && firstSegment && b == para.begin()));
            firstSegment = false;
          }
        }
        // A closing mark with nothing open is a stray (or an inch sign): ignored.
      }
      if (open.isEmpty()) {
        carried = false;
      } else {
        int b = open.getLast();
        boolean next = p + 1 < paragraphs.size() && startsWithOpening(text, paragraphs.get(p + 1));
        out.add(
            new Segment(
                b, para.end(), p, false, next, carried && firstSegment && b == para.begin()));
        carried = next;
      }
    }
    return out;
  }

  private static boolean startsWithOpening(String text, Paragraph p) {
    char c = text.charAt(p.begin());
    return isDoubleMark(c) && opens(text, p.begin(), p, false);
  }

  static boolean isDoubleMark(char c) {
    return c == '"'
        || c == '\u201c'
        || c == '\u201d'
        || c == '\u201e'
        || c == '\u00ab'
        || c == '\u00bb'
        || c == '\u201f'
        || c == '\u2033'
        || c == '\u301d'
        || c == '\u301e';
  }

  /**
   * Whether the mark at {@code i} opens a quotation. Its position decides first (a mark before a
   * word and after a space or bracket opens, one after a word and before a space or punctuation
   * closes), so typists' wrong glyphs do not matter; where the position cannot tell, the glyph
   * does, and a straight mark closes an open straight mark.
   */
  private static boolean opens(String text, int i, Paragraph p, boolean straightOpen) {
    char prev = i > p.begin() ? text.charAt(i - 1) : ' ';
    char next = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
    boolean left =
        !Tokens.isSpace(next)
            && (Tokens.isSpace(prev) || "([{\u2014\u2013-/".indexOf(prev) >= 0 || i == p.begin());
    boolean right =
        !Tokens.isSpace(prev)
            && (Tokens.isSpace(next)
                || ".,;:!?)]}\u2014\u2013-".indexOf(next) >= 0
                || isDoubleMark(next)
                || i + 1 == p.end());
    if (left && !right) {
      return true;
    }
    if (right && !left) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u201f' || c == '\u301d') {
      return true;
    }
    if (c == '\u201d' || c == '\u00bb' || c == '\u301e') {
      return false;
    }
    return !straightOpen;
  }
}
