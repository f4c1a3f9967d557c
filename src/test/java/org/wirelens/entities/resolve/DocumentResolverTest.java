package org.wirelens.entities.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wirelens.entities.Candidate;
import org.wirelens.entities.Catalog;
import org.wirelens.entities.CatalogRecognizer;
import org.wirelens.entities.EntityType;
import org.wirelens.entities.ModelRecognizer;
import org.wirelens.entities.ResolvedMention;

/**
 * Per-document resolution on hand-written news text, with the shipped catalog and the spans a model
 * would propose written out by hand: the recognisers' own candidate rules, the resolver's rules,
 * and exact expected mentions.
 */
class DocumentResolverTest {
  private static final Catalog CATALOG = Catalog.load(Path.of("data/catalog"));

  /** A document under construction: its text and the candidates recognisers propose. */
  private static final class Doc {
    final String text;
    final List<Candidate> candidates = new ArrayList<>();

    Doc(String text) {
      this.text = text;
    }

    /** The catalog's candidates for every occurrence of the phrases. */
    Doc catalog(String... phrases) {
      for (String p : phrases) {
        for (int[] s : occurrences(p)) {
          Candidate c = CatalogRecognizer.candidate(CATALOG, s[0], s[1], 0, p);
          assertTrue(c != null, p);
          candidates.add(c);
        }
      }
      return this;
    }

    /** A model's candidates with one label for every occurrence of the phrases. */
    Doc model(EntityType label, String... phrases) {
      for (String p : phrases) {
        for (int[] s : occurrences(p)) {
          Candidate c = ModelRecognizer.candidate(CATALOG, "corenlp", 1, s[0], s[1], 0, p, label);
          if (c != null) {
            candidates.add(c);
          }
        }
      }
      return this;
    }

    /** A model's candidate for the n-th occurrences (0-based) of a phrase only. */
    Doc modelAt(EntityType label, String phrase, int... nths) {
      List<int[]> all = occurrences(phrase);
      for (int n : nths) {
        int[] s = all.get(n);
        candidates.add(
            ModelRecognizer.candidate(CATALOG, "corenlp", 1, s[0], s[1], 0, phrase, label));
      }
      return this;
    }

    List<int[]> occurrences(String phrase) {
      List<int[]> out = new ArrayList<>();
      Matcher m =
          Pattern.compile("(?<![\\p{L}])" + Pattern.quote(phrase) + "(?![\\p{L}])").matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
      return out;
    }

    List<ResolvedMention> resolve() {
      return DocumentResolver.resolve(text, candidates, o -> 0, o -> 0);
    }

    /** "surface=entity" per mention, in order. */
    List<String> pairs() {
      List<String> out = new ArrayList<>();
      for (ResolvedMention m : resolve()) {
        out.add(text.substring(m.begin(), m.end()) + "=" + m.entityId());
      }
      return out;
    }

    ResolvedMention at(String surface, int nth) {
      int[] s = occurrences(surface).get(nth);
      for (ResolvedMention m : resolve()) {
        if (m.begin() == s[0] && m.end() == s[1]) {
          return m;
        }
      }
      throw new AssertionError("no mention " + surface + " #" + nth + " in " + pairs());
    }
  }

  @Test
  void honorificsPickTheBearerOfTheirSex() {
    Doc d =
        new Doc(
                "Hillary Clinton and Bill Clinton campaigned in Ohio. Mr. Clinton spoke first."
                    + " Mrs. Clinton followed him. Later Hillary thanked the crowd.")
            .catalog("Ohio")
            .model(EntityType.PERSON, "Hillary Clinton", "Bill Clinton", "Clinton", "Hillary");
    ResolvedMention mr = d.at("Clinton", 2);
    assertEquals("ent:bill-clinton", mr.entityId());
    assertEquals("surname", mr.matchKind());
    assertEquals("Mr.", mr.honorific());
    assertNull(mr.descriptor());
    ResolvedMention mrs = d.at("Clinton", 3);
    assertEquals("ent:hillary-clinton", mrs.entityId());
    assertEquals("Mrs.", mrs.honorific());
    ResolvedMention hillary = d.at("Hillary", 1);
    assertEquals("ent:hillary-clinton", hillary.entityId());
    assertEquals(DocumentResolver.FIRST_NAME, hillary.matchKind());
    assertEquals(EntityType.PERSON, hillary.mentionType());
  }

  @Test
  void otherFamiliesToo() {
    // Not the names the issue measured: the rule is the honorific against the given name.
    Doc d =
        new Doc(
                "George Bush and Laura Bush visited Texas. Mrs. Bush read to children while"
                    + " Mr. Bush met donors.")
            .catalog("Texas")
            .model(EntityType.PERSON, "George Bush", "Laura Bush", "Bush");
    assertEquals("ent:laura-bush", d.at("Bush", 2).entityId());
    assertEquals("ent:george-bush", d.at("Bush", 3).entityId());
    assertEquals("gpe:us-tx", d.at("Texas", 0).entityId());
  }

  @Test
  void aSurnameBeforeTheFullNameJoinsItToo() {
    Doc d =
        new Doc("Mr. Sanders rallied in Iowa. Bernie Sanders, a senator, spoke for an hour.")
            .catalog("Iowa")
            .model(EntityType.PERSON, "Sanders", "Bernie Sanders");
    assertEquals("ent:bernie-sanders", d.at("Sanders", 0).entityId());
  }

  @Test
  void georgiaIsTheStateAmongStatesAndTheCountryAmongCountries() {
    Doc south =
        new Doc("Storms hit Alabama, Tennessee and Georgia on Monday.")
            .catalog("Alabama", "Tennessee", "Georgia");
    assertEquals("gpe:us-ga", south.at("Georgia", 0).entityId());
    assertFalse(south.at("Georgia", 0).ambiguous());
    Doc caucasus =
        new Doc("Georgia accused Russia of arming rebels, Ukraine said.")
            .catalog("Georgia", "Russia", "Ukraine");
    assertEquals("gpe:ge", caucasus.at("Georgia", 0).entityId());
    // Nothing else to go by: the sense the catalog claims plainly.
    assertEquals(
        "gpe:ge", new Doc("Georgia voted.").catalog("Georgia").at("Georgia", 0).entityId());
  }

  @Test
  void theModelsReadingOfAKindNoSenseHasIsKept() {
    Doc d =
        new Doc("Washington imposed sanctions on Moscow.")
            .catalog("Washington")
            .model(EntityType.ORG, "Washington");
    ResolvedMention w = d.at("Washington", 0);
    assertEquals("ent:washington", w.entityId());
    assertEquals(EntityType.ORG, w.mentionType());
    // Read as a place, it is the capital the catalog lists first.
    Doc place =
        new Doc("Talks opened in Washington.")
            .catalog("Washington")
            .model(EntityType.LOC, "Washington");
    assertEquals("gpe:us-dc", place.at("Washington", 0).entityId());
  }

  @Test
  void placeNamesInsideLongerNamesAndPlayersNamedLikeCountries() {
    Doc d =
        new Doc(
                "Michael Jordan scored 30 points. Jordan said the Danish Football Association"
                    + " called. King Abdullah of Jordan watched.")
            .catalog("Jordan", "Danish")
            .model(EntityType.PERSON, "Michael Jordan", "King Abdullah")
            .modelAt(EntityType.PERSON, "Jordan", 1)
            .modelAt(EntityType.LOC, "Jordan", 2)
            .model(EntityType.ORG, "Danish Football Association");
    assertEquals(
        List.of(
            "Michael Jordan=ent:michael-jordan",
            "Jordan=ent:michael-jordan",
            "Danish Football Association=ent:danish-football-association",
            "Abdullah=ent:abdullah",
            "Jordan=gpe:jo"),
        d.pairs());
    // Without a person of that name in the document, the catalog's country stands.
    assertEquals(
        "gpe:jo",
        new Doc("Jordan said it would reopen the border.")
            .catalog("Jordan")
            .model(EntityType.PERSON, "Jordan")
            .at("Jordan", 0)
            .entityId());
  }

  @Test
  void aTitleWordIsCutOnlyWhenANameRemains() {
    Doc d =
        new Doc("Prime Minister John Major met Major in London.")
            .model(EntityType.PERSON, "Prime Minister John Major", "Major");
    assertEquals(List.of("John Major=ent:john-major", "Major=ent:john-major"), d.pairs());
    assertEquals("Prime Minister", d.at("John Major", 0).descriptor());
  }

  @Test
  void nationalityCompoundsAreGroupsOfPeople() {
    Doc d =
        new Doc(
                "African American voters, Asian-Americans and Latin American immigrants backed"
                    + " him, as did Arab Israeli lawmakers and Turkish Cypriots, but not the"
                    + " Turkish-Russian plan or Soviet-American talks.")
            .catalog("African", "American", "Asian", "Americans", "Latin American", "Israeli")
            .catalog("Turkish", "Cypriots", "Russian", "Soviet");
    assertEquals(
        List.of(
            "African American=norp:african-american",
            "Asian-Americans=norp:asian-american",
            "Latin American=norp:latin-american",
            "Arab Israeli=norp:arab-israeli",
            "Turkish Cypriots=norp:turkish-cypriot",
            "Turkish=gpe:tr",
            "Russian=gpe:ru",
            "Soviet=gpe:su",
            "American=gpe:us"),
        d.pairs());
    assertEquals(EntityType.NORP, d.at("African American", 0).mentionType());
    assertEquals(DocumentResolver.COMPOUND, d.at("African American", 0).matchKind());
  }

  @Test
  void namesFoundOnlyInATitleCaseHeadlineAreDropped() {
    Doc d =
        new Doc(
                "Podesta Said Obamas Should Skip The Debate\n\nJohn Podesta said on Monday that"
                    + " the Obamas would attend.\n\nObama Wins Praise From Podesta Over Debate Plan\n")
            .model(EntityType.ORG, "Podesta Said Obamas")
            .model(EntityType.PERSON, "John Podesta", "Obama", "Podesta")
            .model(EntityType.ORG, "Obamas", "Debate Plan");
    assertEquals(
        List.of("John Podesta=ent:john-podesta", "Obamas=ent:obamas", "Podesta=ent:john-podesta"),
        d.pairs());
    // A name of the running text keeps its descriptor; in a headline none is taken.
    assertNull(d.at("Podesta", 2).descriptor());
  }

  @Test
  void anHonorificIsReadWhereTheSentenceDetectorCutAfterIt() {
    // Spark NLP's detector ends a sentence at "Mrs." in "and Mrs. Obama praised": the label is
    // read across such a cut, not across a real sentence end.
    String text = "He signed it. Michelle Obama and Barack Obama came, and Mrs. Obama praised it.";
    int cut = text.indexOf("Obama praised");
    Doc d = new Doc(text).model(EntityType.PERSON, "Michelle Obama", "Barack Obama", "Obama");
    List<ResolvedMention> out =
        DocumentResolver.resolve(
            text, d.candidates, o -> 0, o -> o >= cut ? cut : o >= 14 ? 14 : 0);
    ResolvedMention mrs = out.get(out.size() - 1);
    assertEquals(cut, mrs.begin());
    assertEquals("Mrs.", mrs.honorific());
    assertEquals("ent:michelle-obama", mrs.entityId());
    assertEquals(14, DocumentResolver.floor(text, cut, o -> o >= cut ? cut : o >= 14 ? 14 : 0));
    assertEquals(14, DocumentResolver.floor(text, 20, o -> o >= 14 ? 14 : 0));
  }

  @Test
  void punctuationTheModelRanIntoANameIsCut() {
    Candidate c =
        ModelRecognizer.candidate(
            CATALOG, "corenlp", 1, 10, 24, 0, "-- Sandor Peto", EntityType.PERSON);
    assertEquals(13, c.begin());
    assertEquals("sandor peto", c.key());
  }

  @Test
  void aLoneNameIsReadAsItsNeighboursAre() {
    Doc d =
        new Doc(
                "Forces advanced on Gharyan, Zawiya and Sabratha. Misrata government forces said"
                    + " the Sirte and Ubari regions were calm. Arsenal 2 (Adams 45, Vieira 90).")
            .model(EntityType.LOC, "Gharyan", "Sabratha", "Sirte")
            .model(EntityType.PERSON, "Zawiya", "Misrata", "Ubari", "Adams", "Vieira")
            .model(EntityType.ORG, "Arsenal");
    assertEquals(EntityType.LOC, d.at("Zawiya", 0).mentionType());
    assertEquals("ent:zawiya", d.at("Zawiya", 0).entityId());
    assertEquals(EntityType.ORG, d.at("Misrata", 0).mentionType());
    assertEquals(EntityType.LOC, d.at("Ubari", 0).mentionType());
    assertEquals(EntityType.PERSON, d.at("Adams", 0).mentionType());
    assertEquals(EntityType.PERSON, d.at("Vieira", 0).mentionType());
  }
}
