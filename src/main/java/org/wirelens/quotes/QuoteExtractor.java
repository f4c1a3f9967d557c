package org.wirelens.quotes;

import java.util.List;
import org.wirelens.quotes.Frames.Frame;
import org.wirelens.quotes.QuoteMarks.Segment;
import org.wirelens.quotes.Speech.Attribution;
import org.wirelens.quotes.Units.Unit;

/**
 * Finds the quotations of one document and who said them, by rules over quotation marks, reporting
 * verbs, sentence and paragraph structure and the document's resolved mentions: no parse, no
 * coreference model.
 *
 * <p>Each sentence (the NLP stage's sentences, joined where a boundary falls inside quotation marks
 * or before "he said" after a closing mark) is read as attributions and the speech between them. An
 * attribution is a reporting verb with its speaker: a noun phrase before it ("Lavrov said", "the
 * minister, 68, said"), after it ("said Lavrov"), or after "according to"; with the listener and
 * adverbials that may follow ("told Reuters on Tuesday that"). Speech before an attribution that
 * follows a comma or closing mark ("...," he said) or after one ("he said the talks failed") is the
 * quotation: direct when it is one span in quotation marks, mixed when it quotes some words,
 * indirect otherwise. Quoted spans no attribution claims are continuations of the previous
 * speaker's quotation when they stand as their own sentence, scare quotes when they are one or two
 * words inside a sentence.
 */
public final class QuoteExtractor {
  /** Quoted words inside a sentence with no attribution: fewer are scare quotes or terms. */
  static final int MIN_FRAGMENT_WORDS = 4;

  /** Paragraphs back that a pronoun or description may reach for its referent. */
  static final int SALIENCE_PARAGRAPHS = 3;

  private QuoteExtractor() {}

  /**
   * The document's quotations in text order. The rules are read in this order, sentence by sentence
   * ({@link SentenceView}): the sentence's subject ({@link Speakers}), its attributions ({@link
   * Frames}, with {@link NounPhrases} and {@link Speakers}), their speech ({@link Speech}), the
   * quotations they make and the quoted spans none claims ({@link Quotations}); at each paragraph's
   * end, a signature ({@link Signatures}); at the document's end, quotations over several
   * paragraphs ({@link Quotations#continueQuotes()}).
   */
  public static List<Quote> extract(QuoteInput input) {
    DocView doc = new DocView(input);
    Salience salience = new Salience(doc.mentions(), doc.unitBegins());
    Quotations quotations = new Quotations(doc);
    List<Unit> units = doc.units();
    for (int k = 0; k < units.size(); k++) {
      SentenceView s = SentenceView.of(doc, units.get(k));
      read(s, salience, quotations);
      if (k + 1 == units.size() || units.get(k + 1).paragraph() != units.get(k).paragraph()) {
        new Signatures(s, quotations).sign();
      }
    }
    quotations.continueQuotes();
    return quotations.sorted();
  }

  /** Reads one sentence: its subject, its attributions and their speech, its quoted spans. */
  private static void read(SentenceView s, Salience salience, Quotations quotations) {
    if (s.size() == 0) {
      return; // a link to another article (SentenceView.of)
    }
    NounPhrases np = new NounPhrases(s);
    Speakers speakers = new Speakers(s, np, salience);
    Speech speech = new Speech(s);
    speakers.markSubject();
    List<Frame> frames = new Frames(s, np, speakers, speech, salience).find();
    List<Segment> segments = s.segments();
    boolean[] used = new boolean[segments.size()];
    for (Attribution a : speech.attribute(frames)) {
      quotations.emit(s, a, used);
    }
    for (int k = 0; k < segments.size(); k++) {
      if (!used[k]) {
        quotations.floating(s, segments.get(k));
      }
    }
  }
}
