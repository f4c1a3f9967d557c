package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirelens.quotes.QuoteInput.Mention;

/**
 * Who a pronoun or description refers to: weights after Lappin and Leass, worked by hand on three
 * sentences starting at offsets 0, 100 and 200, asked about at offset 250 (sentence 2).
 */
class SalienceTest {
  private static final int[] UNITS = {0, 100, 200};
  private static final int HERE = 250;

  private static Mention person(int at, String id, Gender g, String descriptor) {
    return new Mention(at, at + 5, id, "PERSON", g, descriptor);
  }

  private static Mention org(int at, String id, String type) {
    return new Mention(at, at + 5, id, type, Gender.UNKNOWN, null);
  }

  @Test
  void aPronounTakesTheLatestPersonOfItsGender() {
    Salience s =
        new Salience(
            List.of(person(10, "a", Gender.MALE, null), person(110, "b", Gender.FEMALE, null)),
            UNITS);
    assertEquals("a", s.person(HERE, Gender.MALE, null, 0));
    assertEquals("b", s.person(HERE, Gender.FEMALE, null, 0));
    assertEquals("b", s.person(HERE, Gender.UNKNOWN, null, 0), "50 against 25");
    assertNull(s.person(5, Gender.MALE, null, 0), "nobody is named before it");
    assertNull(s.person(HERE, Gender.MALE, null, 50), "a is before the window");
  }

  @Test
  void aSpeakerWeighsMoreThanAMentionAndHalvesPerSentenceBack() {
    List<Mention> ms =
        List.of(person(10, "b", Gender.MALE, null), person(110, "a", Gender.MALE, null));
    Salience s = new Salience(ms, UNITS);
    // a: 100 * 0.5 = 50; b: 100 * 0.25 = 25.
    assertEquals("a", s.person(HERE, Gender.MALE, null, 0));
    // b speaks in sentence 1: 25 + 120 * 0.5 = 85 against a's 50.
    s.speaker(120, "b", "PERSON", Gender.MALE);
    assertEquals("b", s.person(HERE, Gender.MALE, null, 0));
    // a is the subject of sentence 2 as well: 50 + 80 = 130.
    s.subject(210, person(210, "a", Gender.MALE, null));
    assertEquals("a", s.person(HERE, Gender.MALE, null, 0));
    assertEquals("b", s.person(HERE, Gender.MALE, null, 0, false, Set.of("a")), "a is excluded");
  }

  @Test
  void aRoleIsThePersonSoTitled() {
    Salience s =
        new Salience(
            List.of(
                person(10, "lavrov", Gender.MALE, "Foreign Minister"),
                person(110, "okafor", Gender.MALE, null)),
            UNITS);
    assertEquals("lavrov", s.person(HERE, Gender.UNKNOWN, "minister", 0));
    assertEquals("okafor", s.person(HERE, Gender.UNKNOWN, "spokesman", 0), "no spokesman named");
    assertNull(s.person(HERE, Gender.UNKNOWN, "spokesman", 0, true, Set.of()), "titled only");
    assertNull(s.person(HERE, Gender.FEMALE, "minister", 0), "the minister named is a man");
  }

  @Test
  void organisationsAreTheLatestMadeSubjectOrSpeaker() {
    Salience s = new Salience(List.of(), UNITS);
    s.subject(10, org(10, "ministry", "ORG"));
    s.subject(110, org(110, "russia", "GPE"));
    assertEquals("ministry", s.organisation(HERE, 0, false), "the ministry, not a state");
    assertEquals("russia", s.organisation(HERE, 0, true), "it");
    assertNull(s.organisation(HERE, 50, false), "the ministry is before the window");
    assertEquals("russia", s.lastOrganisation(HERE, 0), "they");
    s.speaker(210, "okafor", "PERSON", Gender.MALE);
    assertNull(s.lastOrganisation(HERE, 0), "a person spoke last");
  }
}
