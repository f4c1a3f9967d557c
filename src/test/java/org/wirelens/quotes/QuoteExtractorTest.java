package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extractor on tiny hand-written texts, one per case news text has: each quotation's exact
 * span, kind, cue, speaker as written, speaker entity and how the speaker was found.
 */
class QuoteExtractorTest {
  private static final String IVANOVA = "person:ivanova";
  private static final String BRANDT = "person:brandt";
  private static final String OKAFOR = "person:okafor";

  /** One expected quotation; offsets are those of the first occurrence of its strings. */
  private static void check(
      String text,
      Quote q,
      String quote,
      QuoteKind kind,
      String cue,
      String speaker,
      String entity,
      SpeakerMethod method) {
    int b = text.indexOf(quote);
    assertEquals(quote, q.text(), "text");
    assertEquals(b, q.begin(), "begin of " + quote);
    assertEquals(b + quote.length(), q.end(), "end of " + quote);
    assertEquals(kind, q.kind(), "kind of " + quote);
    assertEquals(cue, q.cue(), "cue of " + quote);
    if (cue != null) {
      assertEquals(cue, text.substring(q.cueBegin(), q.cueEnd()), "cue span");
    }
    assertEquals(speaker, q.speaker(), "speaker of " + quote);
    if (speaker != null) {
      assertEquals(speaker, text.substring(q.speakerBegin(), q.speakerEnd()), "speaker span");
    } else {
      assertNull(q.speakerBegin());
    }
    assertEquals(entity, q.speakerEntityId(), "speaker entity of " + quote);
    assertEquals(method, q.speakerMethod(), "speaker method of " + quote);
  }

  @Test
  void straightQuotesThenXSaid() {
    String text = "\"The bridge will open in May,\" Ivanova said.";
    List<Quote> qs = QuoteDocs.text(text).person("Ivanova", IVANOVA, Gender.FEMALE).extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "\"The bridge will open in May,\"",
        QuoteKind.DIRECT,
        "said",
        "Ivanova",
        IVANOVA,
        SpeakerMethod.NAME);
  }

  @Test
  void curlyQuotesThenSaidX() {
    String text = "“Prices will fall next year,” said Karl Brandt, an economist at the bank.";
    List<Quote> qs = QuoteDocs.text(text).person("Karl Brandt", BRANDT, Gender.MALE).extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "“Prices will fall next year,”",
        QuoteKind.DIRECT,
        "said",
        "Karl Brandt",
        BRANDT,
        SpeakerMethod.NAME);
  }

  @Test
  void guillemetsAndLowNineQuotes() {
    String text =
        "Brandt told reporters: « The harbour must stay open. »\n\n"
            + "Ivanova said: „Nobody wants a closed harbour.“";
    List<Quote> qs =
        QuoteDocs.text(text)
            .person("Brandt", BRANDT, Gender.MALE)
            .person("Ivanova", IVANOVA, Gender.FEMALE)
            .extract();
    assertEquals(2, qs.size());
    check(
        text,
        qs.get(0),
        "« The harbour must stay open. »",
        QuoteKind.DIRECT,
        "told",
        "Brandt",
        BRANDT,
        SpeakerMethod.NAME);
    check(
        text,
        qs.get(1),
        "„Nobody wants a closed harbour.“",
        QuoteKind.DIRECT,
        "said",
        "Ivanova",
        IVANOVA,
        SpeakerMethod.NAME);
  }

  @Test
  void aQuoteOverSeveralParagraphsKeepsItsSpeaker() {
    String text =
        "Ivanova said: \"We have waited three years for this bridge.\n\n"
            + "\"Every family in the valley has paid for the delay.\n\n"
            + "\"Now it is time to open it.\"\n\n"
            + "The council meets on Friday.";
    List<Quote> qs = QuoteDocs.text(text).person("Ivanova", IVANOVA, Gender.FEMALE).extract();
    assertEquals(3, qs.size());
    check(
        text,
        qs.get(0),
        "\"We have waited three years for this bridge.",
        QuoteKind.DIRECT,
        "said",
        "Ivanova",
        IVANOVA,
        SpeakerMethod.NAME);
    check(
        text,
        qs.get(1),
        "\"Every family in the valley has paid for the delay.",
        QuoteKind.DIRECT,
        null,
        "Ivanova",
        IVANOVA,
        SpeakerMethod.SAME_QUOTE);
    check(
        text,
        qs.get(2),
        "\"Now it is time to open it.\"",
        QuoteKind.DIRECT,
        null,
        "Ivanova",
        IVANOVA,
        SpeakerMethod.SAME_QUOTE);
  }

  @Test
  void aQuoteBrokenByItsAttributionIsTwoQuotesOfOneSpeaker() {
    String text = "Okafor met the delegates on Monday. \"We are ready,\" he said, \"to sign.\"";
    List<Quote> qs = QuoteDocs.text(text).person("Okafor", OKAFOR, Gender.MALE).extract();
    assertEquals(2, qs.size());
    check(
        text,
        qs.get(0),
        "\"We are ready,\"",
        QuoteKind.DIRECT,
        "said",
        "he",
        OKAFOR,
        SpeakerMethod.PRONOUN);
    check(
        text,
        qs.get(1),
        "\"to sign.\"",
        QuoteKind.DIRECT,
        "said",
        "he",
        OKAFOR,
        SpeakerMethod.PRONOUN);
  }

  @Test
  void xTheForeignMinisterSaid() {
    String text = "Ivanova, the foreign minister, said the border would reopen within a week.";
    List<Quote> qs = QuoteDocs.text(text).person("Ivanova", IVANOVA, Gender.FEMALE).extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "the border would reopen within a week",
        QuoteKind.INDIRECT,
        "said",
        "Ivanova",
        IVANOVA,
        SpeakerMethod.NAME);
  }

  @Test
  void indirectSpeechWithThat() {
    String text = "Brandt said on Tuesday that the ceasefire must hold.";
    List<Quote> qs = QuoteDocs.text(text).person("Brandt", BRANDT, Gender.MALE).extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "that the ceasefire must hold",
        QuoteKind.INDIRECT,
        "said",
        "Brandt",
        BRANDT,
        SpeakerMethod.NAME);
  }

  @Test
  void accordingToXBeforeAndAfter() {
    String text =
        "According to the harbour authority, ten ships are waiting.\n\n"
            + "The queue has doubled since March, according to Okafor.";
    List<Quote> qs =
        QuoteDocs.text(text)
            .mention("harbour authority", "ent:harbour-authority", "ORG")
            .person("Okafor", OKAFOR, Gender.MALE)
            .extract();
    assertEquals(2, qs.size());
    check(
        text,
        qs.get(0),
        "ten ships are waiting",
        QuoteKind.INDIRECT,
        "According to",
        "harbour authority",
        "ent:harbour-authority",
        SpeakerMethod.NAME);
    check(
        text,
        qs.get(1),
        "The queue has doubled since March",
        QuoteKind.INDIRECT,
        "according to",
        "Okafor",
        OKAFOR,
        SpeakerMethod.NAME);
  }

  @Test
  void xToldReutersAndAListenerIsNotTheSpeaker() {
    String text = "Okafor told Reuters the talks had collapsed.";
    List<Quote> qs =
        QuoteDocs.text(text)
            .person("Okafor", OKAFOR, Gender.MALE)
            .mention("Reuters", "ent:reuters", "ORG")
            .extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "the talks had collapsed",
        QuoteKind.INDIRECT,
        "told",
        "Okafor",
        OKAFOR,
        SpeakerMethod.NAME);
  }

  @Test
  void pronounsFollowTheSalientPersonOfTheirGender() {
    String text =
        "Ivanova met Karl Brandt in Vienna. \"The meeting went well,\" she said. "
            + "\"We disagree on tariffs,\" he added.";
    List<Quote> qs =
        QuoteDocs.text(text)
            .person("Ivanova", IVANOVA, Gender.FEMALE)
            .person("Karl Brandt", BRANDT, Gender.MALE)
            .extract();
    assertEquals(2, qs.size());
    check(
        text,
        qs.get(0),
        "\"The meeting went well,\"",
        QuoteKind.DIRECT,
        "said",
        "she",
        IVANOVA,
        SpeakerMethod.PRONOUN);
    check(
        text,
        qs.get(1),
        "\"We disagree on tariffs,\"",
        QuoteKind.DIRECT,
        "added",
        "he",
        BRANDT,
        SpeakerMethod.PRONOUN);
  }

  @Test
  void theMinisterIsThePersonSoTitled() {
    String text =
        "Finance Minister Ana Ivanova spoke after Okafor left. "
            + "\"The budget is balanced,\" the minister said.";
    List<Quote> qs =
        QuoteDocs.text(text)
            .person("Ana Ivanova", IVANOVA, Gender.FEMALE, "Finance Minister")
            .person("Okafor", OKAFOR, Gender.MALE)
            .extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "\"The budget is balanced,\"",
        QuoteKind.DIRECT,
        "said",
        "the minister",
        IVANOVA,
        SpeakerMethod.DESCRIPTION);
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuotation() {
    String text =
        "“When they told us ‘wait’ and then “wait again”, we stopped believing them,” Okafor said.";
    List<Quote> qs = QuoteDocs.text(text).person("Okafor", OKAFOR, Gender.MALE).extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "“When they told us ‘wait’ and then “wait again”, we stopped believing them,”",
        QuoteKind.DIRECT,
        "said",
        "Okafor",
        OKAFOR,
        SpeakerMethod.NAME);
  }

  @Test
  void scareQuotesAreNotQuotations() {
    String text =
        "The so-called \"peace plan\" was drafted in a \"hurry\" by the agency. "
            + "Okafor called it \"a plan written for cameras\".";
    List<Quote> qs = QuoteDocs.text(text).person("Okafor", OKAFOR, Gender.MALE).extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "it \"a plan written for cameras\"",
        QuoteKind.MIXED,
        "called",
        "Okafor",
        OKAFOR,
        SpeakerMethod.NAME);
  }

  @Test
  void mixedQuoteReportsSomeWordsInQuotationMarks() {
    String text = "Brandt said the proposal was \"dead on arrival\" and would not pass.";
    List<Quote> qs = QuoteDocs.text(text).person("Brandt", BRANDT, Gender.MALE).extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "the proposal was \"dead on arrival\" and would not pass",
        QuoteKind.MIXED,
        "said",
        "Brandt",
        BRANDT,
        SpeakerMethod.NAME);
  }

  @Test
  void aFollowingQuoteTakesThePreviousSpeakerAndAnUnattributedOneFloats() {
    String text =
        "\"We will appeal,\" Okafor said. \"The court ignored the evidence.\"\n\n"
            + "The hearing lasted two days.\n\n"
            + "Later the court issued a statement.\n\n"
            + "\"Justice was done here today.\"";
    List<Quote> qs = QuoteDocs.text(text).person("Okafor", OKAFOR, Gender.MALE).extract();
    assertEquals(3, qs.size());
    check(
        text,
        qs.get(0),
        "\"We will appeal,\"",
        QuoteKind.DIRECT,
        "said",
        "Okafor",
        OKAFOR,
        SpeakerMethod.NAME);
    Quote second = qs.get(1);
    check(
        text,
        second,
        "\"The court ignored the evidence.\"",
        QuoteKind.DIRECT,
        null,
        "Okafor",
        OKAFOR,
        SpeakerMethod.PREVIOUS_QUOTE);
    check(
        text,
        qs.get(2),
        "\"Justice was done here today.\"",
        QuoteKind.DIRECT,
        null,
        null,
        null,
        SpeakerMethod.NONE);
  }

  @Test
  void theSpeechBeforeATrailingAttribution() {
    String text = "Exports rose by four percent in March, the ministry said in a statement.";
    List<Quote> qs = QuoteDocs.text(text).mention("ministry", "ent:ministry", "ORG").extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "Exports rose by four percent in March",
        QuoteKind.INDIRECT,
        "said",
        "ministry",
        "ent:ministry",
        SpeakerMethod.NAME);
  }

  @Test
  void reportingVerbsThatReportNothingMakeNoQuote() {
    String text =
        "Brandt did not say whether the plant would close. The mill is said to be for sale. "
            + "It was a strange thing to say.";
    List<Quote> qs = QuoteDocs.text(text).person("Brandt", BRANDT, Gender.MALE).extract();
    assertEquals(List.of(), qs);
  }

  @Test
  void wrappedWireCopyKeepsASentenceOverItsLineBreaks() {
    String text =
        "Economists polled by Reuters said that M-1 should be\n"
            + "anywhere from down four billion dlrs to up 2.3 billion dlrs.\n"
            + "The average forecast called for a 300 mln dlr M-1 rise in the\n"
            + "week.";
    List<Quote> qs = QuoteDocs.text(text).mention("Reuters", "ent:reuters", "ORG").extract();
    assertEquals(1, qs.size());
    // Reuters polled the economists: it does not speak.
    check(
        text,
        qs.get(0),
        "that M-1 should be\nanywhere from down four billion dlrs to up 2.3 billion dlrs",
        QuoteKind.INDIRECT,
        "said",
        "Economists polled by Reuters",
        null,
        SpeakerMethod.DESCRIPTION);
  }

  @Test
  void aPronounIsNotTheNameItsOwnClauseGoesOnToUse() {
    String text =
        "Brandt asked the committee to study the tax. However, he said Brandt had not proposed it.";
    List<Quote> qs = QuoteDocs.text(text).person("Brandt", BRANDT, Gender.MALE).extract();
    assertEquals(2, qs.size());
    check(
        text,
        qs.get(1),
        "Brandt had not proposed it",
        QuoteKind.INDIRECT,
        "said",
        "he",
        null,
        SpeakerMethod.PRONOUN);
  }

  @Test
  void anUnnamedOfficialIsNotTheMostSalientPerson() {
    String text =
        "Okafor presented the plan on Monday. "
            + "The official, who asked not to be named, said the plan would fail. "
            + "\"To me it seems bizarre,\" the official said.";
    List<Quote> qs = QuoteDocs.text(text).person("Okafor", OKAFOR, Gender.MALE).extract();
    assertEquals(2, qs.size());
    check(
        text,
        qs.get(0),
        "the plan would fail",
        QuoteKind.INDIRECT,
        "said",
        "The official",
        null,
        SpeakerMethod.DESCRIPTION);
    check(
        text,
        qs.get(1),
        "\"To me it seems bizarre,\"",
        QuoteKind.DIRECT,
        "said",
        "the official",
        null,
        SpeakerMethod.DESCRIPTION);
  }

  @Test
  void theListenerAfterToldAndANounFormAreNeitherSpeakerNorVerb() {
    String text =
        "The plan will fail, one banker, who asked not to be named, told Reuters. "
            + "Member state aid would be cut.";
    List<Quote> qs = QuoteDocs.text(text).mention("Reuters", "ent:reuters", "ORG").extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "The plan will fail",
        QuoteKind.INDIRECT,
        "told",
        "one banker",
        null,
        SpeakerMethod.DESCRIPTION);
  }

  @Test
  void aParagraphSignedByItsSpeakerAsWebPagesSetPullQuotesAndPosts() {
    String text =
        "The harbour has been closed for three weeks.\n\n"
            + "We have not seen a winter this hard in forty years. Ana Ivanova, harbour master\n\n"
            + "Ferries will run again on Monday. \u2014 Harbour Authority (@harbour) March 2, 2021";
    List<Quote> qs =
        QuoteDocs.text(text)
            .person("Ana Ivanova", IVANOVA, Gender.FEMALE)
            .mention("Harbour Authority", "ent:harbour-authority", "ORG")
            .extract();
    assertEquals(2, qs.size());
    check(
        text,
        qs.get(0),
        "We have not seen a winter this hard in forty years",
        QuoteKind.INDIRECT,
        null,
        "Ana Ivanova",
        IVANOVA,
        SpeakerMethod.NAME);
    check(
        text,
        qs.get(1),
        "Ferries will run again on Monday",
        QuoteKind.INDIRECT,
        null,
        "Harbour Authority",
        "ent:harbour-authority",
        SpeakerMethod.NAME);
  }

  @Test
  void linksToOtherArticlesAndAClauseBeforeAParticipleAreNotSpeech() {
    String text =
        "READ MORE: Harbour will stay closed until May, authority says\n\n"
            + "Brandt filed a complaint with the court, indicating a change of plan. "
            + "Brandt said 90 ships were waiting.";
    List<Quote> qs = QuoteDocs.text(text).person("Brandt", BRANDT, Gender.MALE).extract();
    assertEquals(1, qs.size());
    check(
        text,
        qs.get(0),
        "90 ships were waiting",
        QuoteKind.INDIRECT,
        "said",
        "Brandt",
        BRANDT,
        SpeakerMethod.NAME);
  }

  @Test
  void aVerbWithNoSpeechDoesNotCutTheSpeechBeforeIt() {
    String text =
        "Brandt said prices will fall in later reports as the picture clarifies. "
            + "He went on to say the harvest was late.";
    List<Quote> qs = QuoteDocs.text(text).person("Brandt", BRANDT, Gender.MALE).extract();
    assertEquals(2, qs.size());
    check(
        text,
        qs.get(0),
        "prices will fall in later reports as the picture clarifies",
        QuoteKind.INDIRECT,
        "said",
        "Brandt",
        BRANDT,
        SpeakerMethod.NAME);
    check(
        text,
        qs.get(1),
        "the harvest was late",
        QuoteKind.INDIRECT,
        "say",
        "He",
        BRANDT,
        SpeakerMethod.PRONOUN);
  }

  @Test
  void wrappedLinesEndingInAnAbbreviationOrInsideAQuotationEndNothing() {
    String text =
        "Dealers said the sale of the bonds would be heavy because the U.S.\n"
            + "Treasury needs the money this quarter, and the auction will be\n"
            + "large. \"I think that in May it is quite impossible to keep the old\n"
            + "rates,\"\n"
            + "Brandt said. Others said the Treasury was right to\n"
            + "borrow now.";
    List<Quote> qs = QuoteDocs.text(text).person("Brandt", BRANDT, Gender.MALE).extract();
    assertEquals(3, qs.size());
    check(
        text,
        qs.get(0),
        "the sale of the bonds would be heavy because the U.S.\nTreasury needs the money this"
            + " quarter, and the auction will be\nlarge",
        QuoteKind.INDIRECT,
        "said",
        "Dealers",
        null,
        SpeakerMethod.DESCRIPTION);
    check(
        text,
        qs.get(1),
        "\"I think that in May it is quite impossible to keep the old\nrates,\"",
        QuoteKind.DIRECT,
        "said",
        "Brandt",
        BRANDT,
        SpeakerMethod.NAME);
    check(
        text,
        qs.get(2),
        "the Treasury was right to\nborrow now",
        QuoteKind.INDIRECT,
        "said",
        "Others",
        null,
        SpeakerMethod.DESCRIPTION);
  }
}
