package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirelens.quotes.ReportingCues.Cue;
import org.wirelens.quotes.ReportingCues.Strength;

/** The reporting verbs ({@code data/lexicon/reporting-verbs.tsv}): each form with its cue. */
class ReportingCuesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // form, lemma, strength, listener, participle, irregular past
    "said, say, CLAUSE, false, false, true",
    "says, say, CLAUSE, false, false, false",
    "saying, say, CLAUSE, false, true, false",
    "told, tell, CLAUSE, true, false, true",
    "added, add, THAT_CLAUSE, false, false, false",
    "adding, add, THAT_CLAUSE, false, true, false",
    "noted, note, THAT_CLAUSE, false, false, false",
    "denies, deny, THAT_CLAUSE, false, false, false",
    "denied, deny, THAT_CLAUSE, false, false, false",
    "agreeing, agree, THAT_CLAUSE, false, true, false",
    "quipped, quip, THAT_CLAUSE, false, false, false",
    "blogging, blog, THAT_CLAUSE, false, true, false",
    "pushes, , , , , ",
    "urged, urge, THAT_CLAUSE, true, false, false",
    "warns, warn, THAT_CLAUSE, true, false, false",
    "wrote, write, THAT_CLAUSE, false, false, true",
    "written, write, THAT_CLAUSE, false, false, true",
    "reads, read, THAT_CLAUSE, false, false, false",
    "shot, shoot, THAT_CLAUSE, false, false, true",
    "called, call, QUOTED_ONLY, false, false, false",
    "dubbed, dub, QUOTED_ONLY, false, false, false",
    "the, , , , , ",
    "reported, report, THAT_CLAUSE, false, false, false"
  })
  void eachFormHasItsCue(
      String form,
      String lemma,
      Strength strength,
      Boolean listener,
      Boolean participle,
      Boolean past) {
    Cue c = ReportingCues.of(form);
    if (lemma == null) {
      assertNull(c, form + " is no reporting verb");
      return;
    }
    assertNotNull(c, form);
    assertEquals(lemma, c.lemma());
    assertEquals(strength, c.strength());
    assertEquals(listener, c.takesObject(), "listener");
    assertEquals(participle, c.participle(), "participle");
    assertEquals(past, c.past(), "irregular past");
  }

  @Test
  void particlesFollowTheirVerbs() {
    assertEquals("out", ReportingCues.of("pointed").particle());
    assertFalse(ReportingCues.of("pointed").particleRequired());
    assertEquals("back", ReportingCues.of("fired").particle());
    assertTrue(ReportingCues.of("fired").particleRequired(), "fired reports only as fired back");
    assertTrue(ReportingCues.of("hit").particleRequired());
    assertEquals("back", ReportingCues.of("wrote").particle());
    assertFalse(ReportingCues.of("wrote").particleRequired());
    assertNull(ReportingCues.of("said").particle());
  }

  @Test
  void everyFormIsLowerCaseAndItsLemmaIsACueOfItself() {
    Set<String> forms = ReportingCues.forms();
    assertTrue(forms.size() > 400, "forms: " + forms.size());
    for (String f : forms) {
      assertEquals(f.toLowerCase(java.util.Locale.ROOT), f);
      Cue c = ReportingCues.of(f);
      Cue lemma = ReportingCues.of(c.lemma());
      assertNotNull(lemma, c.lemma());
      assertEquals(c.lemma(), lemma.lemma(), f);
      assertEquals(c.strength(), lemma.strength(), f);
    }
    assertEquals("according to", ReportingCues.ACCORDING_TO.lemma());
    assertNull(ReportingCues.of("according"), "according is read with its to, in Frames");
  }
}
