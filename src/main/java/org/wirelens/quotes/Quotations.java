package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirelens.quotes.Frames.Frame;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteMarks.Segment;
import org.wirelens.quotes.Speakers.Speaker;
import org.wirelens.quotes.Speech.Attribution;
import org.wirelens.quotes.Speech.Piece;
import org.wirelens.quotes.Tokens.Token;

/**
 * A document's quotations as they are found, sentence by sentence: each attribution's speech with
 * its kind (direct when it is one span in quotation marks, mixed when it quotes some words,
 * indirect otherwise); quoted spans no attribution claims, as continuations of the previous
 * speaker's quotation or floating quotes, never scare quotes or titles; and the speaker a quotation
 * over several paragraphs carries to its paragraphs without one. The one mutable part of the
 * extractor, with the salience of {@link Salience}: it grows with the document.
 */
final class Quotations {
  /** A quotation being built, with its paragraph and segment for continuation rules. */
  static final class Found {
    Quote quote;
    final int paragraph;
    int unitEnd;
    final Segment segment;
    boolean attributed;
    boolean floating;

    Found(Quote quote, int paragraph, Segment segment, boolean attributed) {
      this.quote = quote;
      this.paragraph = paragraph;
      this.segment = segment;
      this.attributed = attributed;
    }
  }

  private final DocView doc;
  private final String text;
  private final List<Found> found = new ArrayList<>();

  Quotations(DocView doc) {
    this.doc = doc;
    this.text = doc.text();
  }

  /** The quotations found so far, in the order found. */
  List<Found> found() {
    return found;
  }

  void add(Found f) {
    found.add(f);
  }

  /** The quotations in text order. */
  List<Quote> sorted() {
    List<Quote> out = new ArrayList<>();
    found.sort(Comparator.comparingInt((Found f) -> f.quote.begin()));
    for (Found f : found) {
      out.add(f.quote);
    }
    return out;
  }

  /** Adds the quotations of an attribution of sentence {@code s}, marking the segments they use. */
  void emit(SentenceView s, Attribution a, boolean[] used) {
    Frame f = a.frame();
    Piece before = a.before();
    Piece after = a.after();
    if (before != null && after != null && !doc.isSegment(before) && !doc.isSegment(after)) {
      // "The ceasefire, Lavrov said, must hold": one quotation around its attribution.
      add(s, f, new Piece(before.begin(), after.end()), used);
      return;
    }
    if (before != null) {
      add(s, f, before, used);
    }
    if (after != null) {
      add(s, f, after, used);
    }
  }

  private void add(SentenceView s, Frame f, Piece p, boolean[] used) {
    List<Segment> unitSegments = s.segments();
    List<Integer> inside = new ArrayList<>();
    for (int k = 0; k < unitSegments.size(); k++) {
      Segment g = unitSegments.get(k);
      if (g.begin() >= p.begin() && g.begin() < p.end()) {
        inside.add(k);
      }
    }
    QuoteKind kind;
    int b = p.begin();
    int e = p.end();
    Segment only = inside.size() == 1 ? unitSegments.get(inside.get(0)) : null;
    if (only != null && only.begin() == b && only.end() >= e - 1) {
      kind = QuoteKind.DIRECT;
      e = only.end();
    } else if (!inside.isEmpty()) {
      kind = QuoteKind.MIXED;
      Segment lastSeg = unitSegments.get(inside.get(inside.size() - 1));
      e = Math.max(e, lastSeg.end());
    } else {
      kind = QuoteKind.INDIRECT;
    }
    for (int k : inside) {
      used[k] = true;
    }
    Speaker sp = f.speaker();
    int cueEnd = f.according() ? s.tok(s.tokens().indexOf(f.cue()) + 1).end() : f.cue().end();
    Quote q =
        new Quote(
            b,
            e,
            text.substring(b, e),
            kind,
            text.substring(f.cue().begin(), cueEnd),
            f.cue().begin(),
            cueEnd,
            text.substring(sp.begin(), sp.end()),
            sp.begin(),
            sp.end(),
            sp.entityId(),
            sp.method());
    Found fd = new Found(q, s.paragraph(), only, true);
    fd.unitEnd = s.end();
    found.add(fd);
  }

  /** A quoted segment no attribution claimed: a continuation, a floating quote or scare quotes. */
  void floating(SentenceView s, Segment g) {
    int words = g.words(text);
    boolean standalone = s.wordsBetween(s.begin(), g.begin()) == 0;
    if (!g.continuesPrevious()) {
      if (standalone ? words < 2 : words < QuoteExtractor.MIN_FRAGMENT_WORDS || titleCase(g)) {
        return;
      }
    }
    Quote q =
        new Quote(
            g.begin(),
            g.end(),
            text.substring(g.begin(), g.end()),
            QuoteKind.DIRECT,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            SpeakerMethod.NONE);
    Found fd = new Found(q, s.paragraph(), g, false);
    fd.unitEnd = s.end();
    fd.floating = true;
    Found prev = previousAttributed(g.begin(), s.paragraph());
    if (prev != null) {
      fd.quote = q.withSpeakerOf(prev.quote, SpeakerMethod.PREVIOUS_QUOTE);
    }
    found.add(fd);
  }

  /**
   * The latest quotation with a speaker before {@code offset}, in this paragraph or the one before,
   * unless a sentence about another person stands between them.
   */
  private Found previousAttributed(int offset, int paragraph) {
    Found best = null;
    for (Found f : found) {
      if (f.quote.begin() < offset
          && f.quote.speaker() != null
          && (best == null || f.quote.begin() > best.quote.begin())) {
        best = f;
      }
    }
    if (best == null || paragraph - best.paragraph > 1) {
      return null;
    }
    String id = best.quote.speakerEntityId();
    // Names in the previous quotation's own sentence (its attribution) do not count.
    int since = Math.max(best.quote.end(), best.unitEnd);
    if (best.quote.speakerEnd() != null && best.quote.speakerEnd() < offset) {
      since = Math.max(since, best.quote.speakerEnd());
    }
    for (Mention m : doc.mentions()) {
      if (m.begin() >= offset) {
        break;
      }
      if (m.begin() >= since
          && m.isPerson()
          && !m.entityId().equals(id)
          && !doc.insideSegment(m.begin())) {
        return null;
      }
    }
    return best;
  }

  /** All words capitalised: a title ("Gone With the Wind") rather than speech. */
  private boolean titleCase(Segment g) {
    List<Token> ws = Tokens.of(text, g.begin(), g.end());
    int words = 0;
    for (Token t : ws) {
      if (t.word()) {
        words++;
        if (!t.capitalised() && t.lower().length() > 3) {
          return false;
        }
      }
    }
    return words > 0;
  }

  /**
   * Paragraphs of a quotation that runs over several take the speaker of the paragraph that is
   * attributed, when they have none of their own.
   */
  void continueQuotes() {
    found.sort(Comparator.comparingInt((Found f) -> f.quote.begin()));
    List<List<Found>> chains = new ArrayList<>();
    List<Found> chain = null;
    for (Found f : found) {
      Segment g = f.segment;
      if (g == null) {
        chain = null;
        continue;
      }
      if (g.continuesPrevious() && chain != null) {
        chain.add(f);
      } else {
        chain = new ArrayList<>();
        chain.add(f);
        chains.add(chain);
      }
      if (!g.continuesNext() && g.closed()) {
        chain = null;
      }
    }
    for (List<Found> c : chains) {
      if (c.size() < 2) {
        continue;
      }
      Found source = null;
      for (Found f : c) {
        if (f.attributed) {
          source = f;
          break;
        }
      }
      if (source == null) {
        continue;
      }
      for (Found f : c) {
        if (!f.attributed) {
          f.quote = f.quote.withSpeakerOf(source.quote, SpeakerMethod.SAME_QUOTE);
        }
      }
    }
  }

  /** A quote carrying only a speaker, to copy the speaker from. */
  Quote quoteOf(Quote q, Speaker sp) {
    return new Quote(
        q.begin(),
        q.end(),
        q.text(),
        q.kind(),
        null,
        null,
        null,
        text.substring(sp.begin(), sp.end()),
        sp.begin(),
        sp.end(),
        sp.entityId(),
        sp.method());
  }
}
