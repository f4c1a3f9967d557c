package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.List;
import org.wirelens.quotes.Quotations.Found;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteMarks.Paragraph;
import org.wirelens.quotes.QuoteMarks.Segment;
import org.wirelens.quotes.Speakers.Speaker;
import org.wirelens.quotes.Speech.Piece;
import org.wirelens.quotes.Tokens.Token;

/**
 * Paragraphs signed by their speaker, as web pages set pull quotes and embedded posts: read on a
 * paragraph's last sentence, after the paragraph's other sentences were.
 */
final class Signatures {
  private final SentenceView s;
  private final DocView doc;
  private final String text;
  private final Quotations quotations;

  /**
   * @param s the last sentence of a paragraph
   * @param quotations the document's quotations so far
   */
  Signatures(SentenceView s, Quotations quotations) {
    this.s = s;
    this.doc = s.doc();
    this.text = s.text();
    this.quotations = quotations;
  }

  /**
   * A paragraph signed by its speaker, as web pages set pull quotes and embedded posts: its last
   * sentence is only a name ("... constitute an emergency. Linda Lamoureux"), with a role ("Rod
   * Peters, Lake Cowichan mayor"), or a dash, name and handle ("... for days. — BC Hydro (@bchydro)
   * December 22, 2018"). The paragraph's words before the signature are that speaker's, unless an
   * attribution in it says otherwise. Called after the paragraph's last unit was read.
   */
  void sign() {
    int q = 0;
    while (q < s.size() && (s.tok(q).is("\u2014") || s.tok(q).is("\u2013") || s.tok(q).is("-"))) {
      q++;
    }
    int speechEnd = -1;
    Mention signer = null;
    boolean handle = false;
    if (q < s.size()) {
      Mention m = s.mentionAt(s.tok(q).begin());
      if (m != null
          && (m.isPerson() || m.isOrganisation())
          && m.begin() == s.tok(q).begin()
          && signatureTail(s.skipMention(q, m))) {
        signer = m;
        speechEnd = s.begin();
      }
    }
    if (signer == null) {
      // "... text — Name (@handle) date" inside the last sentence.
      for (int d = 1; d + 2 < s.size(); d++) {
        Token dash = s.tok(d);
        if (!s.quoted(d) && (dash.is("\u2014") || dash.is("\u2013"))) {
          Mention m = s.mentionAt(s.tok(d + 1).begin());
          int after = m == null ? -1 : s.skipMention(d + 1, m);
          if (m != null
              && (m.isPerson() || m.isOrganisation())
              && after + 1 < s.size()
              && s.tok(after).is("(")
              && s.tok(after + 1).is("@")) {
            signer = m;
            speechEnd = dash.begin();
            handle = true;
          }
        }
      }
    }
    if (signer == null) {
      return;
    }
    Paragraph para = doc.paragraphs().get(s.paragraph());
    Piece speech = doc.trim(para.begin(), speechEnd);
    if (speech == null || wordsIn(speech) < 4) {
      return;
    }
    // A caption ends in a name too ("A cyclist rides by ... Ben Nelms"): a signed quotation
    // speaks in the first or second person, or stands in quotation marks, or is a post.
    Segment quotedSpeech = doc.segmentIn(speech);
    if (!handle
        && (quotedSpeech == null || quotedSpeech.begin() != speech.begin())
        && !personal(speech)) {
      return;
    }
    List<Found> inside = new ArrayList<>();
    for (Found f : quotations.found()) {
      if (f.quote.begin() >= para.begin() && f.quote.begin() < speechEnd) {
        if (f.attributed) {
          return;
        }
        inside.add(f);
      }
    }
    Speaker sp = new Speaker(signer.begin(), signer.end(), signer.entityId(), SpeakerMethod.NAME);
    if (!inside.isEmpty()) {
      for (Found f : inside) {
        f.quote = f.quote.withSpeakerOf(quotations.quoteOf(f.quote, sp), SpeakerMethod.NAME);
        f.attributed = true;
      }
      return;
    }
    Segment whole = doc.segmentIn(speech);
    boolean quoted =
        whole != null && whole.begin() == speech.begin() && whole.end() >= speech.end() - 1;
    Quote quote =
        new Quote(
            speech.begin(),
            speech.end(),
            text.substring(speech.begin(), speech.end()),
            quoted ? QuoteKind.DIRECT : QuoteKind.INDIRECT,
            null,
            null,
            null,
            text.substring(sp.begin(), sp.end()),
            sp.begin(),
            sp.end(),
            sp.entityId(),
            SpeakerMethod.NAME);
    Found fd = new Found(quote, s.paragraph(), null, true);
    fd.unitEnd = s.end();
    quotations.add(fd);
  }

  private boolean personal(Piece p) {
    for (Token t : Tokens.of(text, p.begin(), p.end())) {
      if (Lexicon.PERSONAL.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** After a signature's name: nothing, a role (", Lake Cowichan mayor") or a period. */
  private boolean signatureTail(int q) {
    int words = 0;
    for (int r = q; r < s.size(); r++) {
      Token t = s.tok(r);
      if (s.quoted(r) || ReportingCues.of(t.lower()) != null) {
        return false;
      }
      if (t.word()) {
        words++;
      } else if (!t.is(",") && !t.is(".") && !t.is("-")) {
        return false;
      }
    }
    return words <= 6;
  }

  private int wordsIn(Piece p) {
    int n = 0;
    boolean in = false;
    for (int i = p.begin(); i < p.end(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
