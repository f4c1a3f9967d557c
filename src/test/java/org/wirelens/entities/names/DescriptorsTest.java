package org.wirelens.entities.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Descriptors and honorifics before a name, on hand-written sentences. */
class DescriptorsTest {
  /** The label before the first occurrence of {@code name}, the sentence starting at 0. */
  private static Descriptors.Label label(String text, String name) {
    return Descriptors.before(text, text.indexOf(name), 0);
  }

  @Test
  void rolesRanksAndEpithetsAsOutletsWriteThem() {
    assertEquals(
        "Turkish Defense Minister",
        label("Turkish Defense Minister Hulusi Akar said", "Hulusi").descriptor());
    assertEquals(
        "retired Libyan Major General",
        label("after retired Libyan Major General Khalifa Haftar, whose", "Khalifa").descriptor());
    assertEquals(
        "renegade commander",
        label("forces of renegade commander Khalifa Haftar", "Khalifa").descriptor());
    assertEquals(
        "Republican presidential nominee",
        label("said Republican presidential nominee Donald Trump on", "Donald").descriptor());
    assertEquals(
        "former President",
        label("Former aides to former President Bill Clinton", "Bill").descriptor());
    assertEquals(
        "U.S. Secretary of State",
        label("on Monday U.S. Secretary of State John Kerry met", "John").descriptor());
    assertEquals("First Lady", label("First Lady Michelle Obama spoke", "Michelle").descriptor());
  }

  @Test
  void honorificsHaveTheirOwnColumnAndAreNoDescriptor() {
    Descriptors.Label mr = label("the deal, Mr. Clinton said", "Clinton");
    assertEquals("Mr.", mr.honorific());
    assertNull(mr.descriptor());
    Descriptors.Label mrs = label("and Mrs. Clinton", "Clinton");
    assertEquals("Mrs.", mrs.honorific());
    assertNull(mrs.descriptor());
    Descriptors.Label both = label("with Senator Mr. Smith", "Smith");
    assertEquals("Mr.", both.honorific());
    assertEquals("Senator", both.descriptor());
    assertEquals("Lady", label("Lady Ashton said", "Ashton").honorific());
  }

  @Test
  void aDescriptorNeverCrossesASentenceEndOrAClause() {
    // "Mr. Bezos. Mr." was a descriptor: the period after Bezos ends the sentence.
    Descriptors.Label l = label("a statement from Mr. Bezos. Mr. Trump replied", "Trump");
    assertEquals("Mr.", l.honorific());
    assertNull(l.descriptor());
    assertNull(label("He met the president. Obama said", "Obama").descriptor());
    assertNull(label("the minister, Akar said", "Akar").descriptor());
    assertNull(label("the minister\nAkar said", "Akar").descriptor());
    // The sentence's start bounds the look-back even without punctuation.
    String text = "Minister Akar said";
    assertNull(Descriptors.before(text, text.indexOf("Akar"), text.indexOf("Akar")).descriptor());
  }

  @Test
  void theWordNextToTheNameMustBeARole() {
    // A Title Case run is not a label: only the role next to the name is taken.
    assertEquals(
        "President", label("American Refugees Fleeing President Obama", "Obama").descriptor());
    assertNull(label("said Podesta Obama", "Obama").descriptor());
    assertNull(label("the Turkish Akar", "Akar").descriptor());
    // An organisation's name before a person is not a label of the person.
    assertNull(label("the High Council of State Khaled al-Mashri", "Khaled").descriptor());
    assertEquals(
        "Minister of Defence", label("the Minister of Defence Hulusi Akar", "Hulusi").descriptor());
    assertEquals("retired Major", label("the retired Major Smith", "Smith").descriptor());
  }

  @Test
  void headIsTheRoleNextToTheName() {
    assertEquals("minister", label("Turkish Defense Minister Hulusi Akar", "Hulusi").head());
    assertEquals("gen", label("Lt. Gen. Haftar", "Haftar").head());
    assertNull(Descriptors.Label.NONE.head());
  }
}
