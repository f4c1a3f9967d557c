package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteInput.Span;

/**
 * The gender evidence of one document does not depend on the order its mentions arrive in: Spark's
 * collect_list gives them in whatever order the shuffle delivered, and the evidence walks them
 * beside the sentences.
 */
class GenderEvidenceTest {
  private static final String TEXT =
      "Jane Doe arrived in Geneva on Monday. She said the talks would go on. "
          + "John Roe left early. He said nothing to Acme Corp reporters.";

  private static Mention mention(String surface, String id, String type) {
    int b = TEXT.indexOf(surface);
    return new Mention(b, b + surface.length(), id, type, Gender.UNKNOWN, null);
  }

  private static List<Span> sentences() {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (String s : TEXT.split("(?<=\\.) ")) {
      int b = TEXT.indexOf(s, start);
      out.add(new Span(b, b + s.length()));
      start = b + s.length();
    }
    return out;
  }

  @Test
  void votesWhateverTheOrderOfMentions() {
    List<Mention> inOrder =
        List.of(
            mention("Jane Doe", "ent:jane-doe", "PERSON"),
            mention("Geneva", "gpe:ch-geneva", "GPE"),
            mention("John Roe", "ent:john-roe", "PERSON"),
            mention("Acme Corp", "ent:acme", "ORG"));
    List<Mention> reversed = new ArrayList<>(inOrder);
    Collections.reverse(reversed);

    Map<String, GenderEvidence.Votes> expected =
        Map.of(
            "ent:jane-doe", new GenderEvidence.Votes(0, 1),
            "ent:john-roe", new GenderEvidence.Votes(1, 0));
    assertEquals(expected, GenderEvidence.count(new QuoteInput(TEXT, sentences(), inOrder)));
    assertEquals(expected, GenderEvidence.count(new QuoteInput(TEXT, sentences(), reversed)));
  }
}
