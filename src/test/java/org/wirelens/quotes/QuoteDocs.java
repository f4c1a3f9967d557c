package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteInput.Span;

/**
 * Tiny documents for the extractor's tests: mentions given by their surface (the n-th occurrence in
 * the text), sentences split the way the NLP stage's detector does on such texts (after a sentence
 * end and a space before an upper-case letter or quotation mark).
 */
final class QuoteDocs {
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<![A-Z][a-z]?)[.!?][\"\u201d\u00bb]?\\s+(?=[A-Z\"\u201c\u00ab\u201e])");

  private final String text;
  private final List<Mention> mentions = new ArrayList<>();

  private QuoteDocs(String text) {
    this.text = text;
  }

  static QuoteDocs text(String text) {
    return new QuoteDocs(text);
  }

  /** Every occurrence of {@code surface} is a mention of {@code entityId}. */
  QuoteDocs mention(String surface, String entityId, String type) {
    return mention(surface, entityId, type, Gender.UNKNOWN, null);
  }

  QuoteDocs person(String surface, String entityId, Gender gender) {
    return mention(surface, entityId, "PERSON", gender, null);
  }

  QuoteDocs person(String surface, String entityId, Gender gender, String descriptor) {
    return mention(surface, entityId, "PERSON", gender, descriptor);
  }

  private QuoteDocs mention(
      String surface, String entityId, String type, Gender gender, String descriptor) {
    int from = 0;
    int i;
    while ((i = text.indexOf(surface, from)) >= 0) {
      mentions.add(new Mention(i, i + surface.length(), entityId, type, gender, descriptor));
      from = i + surface.length();
    }
    return this;
  }

  QuoteInput input() {
    List<Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(Mention::begin));
    return new QuoteInput(text, sentences(text), sorted);
  }

  List<Quote> extract() {
    return QuoteExtractor.extract(input());
  }

  static List<Span> sentences(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    Matcher m = SENTENCE_END.matcher(text);
    while (m.find()) {
      int end = m.start() + (m.group().trim().length());
      out.add(new Span(start, end));
      start = m.end();
    }
    if (start < text.length()) {
      out.add(new Span(start, text.length()));
    }
    return out;
  }
}
