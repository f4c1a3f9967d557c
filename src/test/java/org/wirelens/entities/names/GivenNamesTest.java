package org.wirelens.entities.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirelens.entities.names.GivenNames.Gender;

/** Gender from the name list and spellings of one name, both ways. */
class GivenNamesTest {
  @Test
  void genderComesFromTheNameList() {
    assertEquals(Gender.FEMALE, GivenNames.gender("Hillary"));
    assertEquals(Gender.MALE, GivenNames.gender("Bill"));
    assertEquals(Gender.MALE, GivenNames.gender("Barack"));
    assertEquals(Gender.FEMALE, GivenNames.gender("Michelle"));
    assertEquals(Gender.FEMALE, GivenNames.gender("Angela"));
    assertEquals(Gender.MALE, GivenNames.gender("Recep"));
    // Case and diacritics do not matter.
    assertEquals(Gender.FEMALE, GivenNames.gender("MARÍA"));
    // Unisex names and names the list does not have.
    assertEquals(Gender.UNISEX, GivenNames.gender("Jordan"));
    assertEquals(Gender.UNKNOWN, GivenNames.gender("Xqzzyx"));
    assertTrue(GivenNames.isGivenName("Hillary"));
    assertFalse(GivenNames.isGivenName("Podesta"));
    assertTrue(GivenNames.frequency("Maria") > GivenNames.frequency("Hillary"));
  }

  @Test
  void anHonorificRulesOutOnlyTheOtherSex() {
    Gender mr = Honorifics.gender("Mr.");
    Gender mrs = Honorifics.gender("Mrs.");
    assertEquals(Gender.MALE, mr);
    assertEquals(Gender.FEMALE, mrs);
    assertEquals(Gender.FEMALE, Honorifics.gender("Ms"));
    assertEquals(Gender.UNKNOWN, Honorifics.gender("Dr."));
    assertFalse(GivenNames.gender("Hillary").compatibleWith(mr));
    assertTrue(GivenNames.gender("Hillary").compatibleWith(mrs));
    assertTrue(GivenNames.gender("Bill").compatibleWith(mr));
    assertFalse(GivenNames.gender("Bill").compatibleWith(mrs));
    assertTrue(GivenNames.gender("Jordan").compatibleWith(mr));
    assertTrue(GivenNames.gender("Jordan").compatibleWith(mrs));
    assertTrue(GivenNames.gender("Hillary").compatibleWith(Gender.UNKNOWN));
  }

  @Test
  void spellingsOfOneNameMeet() {
    assertTrue(GivenNames.sameName("Khaled", "Khalid"));
    assertTrue(GivenNames.sameName("Mohamed", "Muhammad"));
    assertTrue(GivenNames.sameName("Mohammed", "Muhammad"));
    assertTrue(GivenNames.sameName("Mohamed", "Mohammed"));
    assertTrue(GivenNames.sameName("Sergei", "Sergey"));
    assertTrue(GivenNames.sameName("Mevlüt", "Mevlut"));
    assertEquals("khalid", GivenNames.canonical("Khaled"));
    assertEquals("muhammad", GivenNames.canonical("MOHAMED"));
  }

  @Test
  void differentNamesStayApart() {
    for (List<String> names :
        List.of(List.of("Maria", "Mario", "Mary"), List.of("Dan", "Don", "Diana"))) {
      for (String a : names) {
        for (String b : names) {
          if (!a.equals(b)) {
            assertFalse(GivenNames.sameName(a, b), a + " = " + b);
            assertNotEquals(GivenNames.canonical(a), GivenNames.canonical(b));
          }
        }
      }
    }
    assertFalse(GivenNames.sameName("John", "Joan"));
    assertEquals("mary", GivenNames.canonical("Mary"));
  }

  @Test
  void theListsOnTheClasspathAreDataNames() throws IOException {
    for (String file :
        List.of(GivenNames.GENDERS_FILE, GivenNames.VARIANTS_FILE, "LICENSE-nam_dict.txt")) {
      try (InputStream in =
          GivenNames.class.getClassLoader().getResourceAsStream(GivenNames.RESOURCE_DIR + file)) {
        assertArrayEquals(Files.readAllBytes(Path.of("data/names", file)), in.readAllBytes(), file);
      }
    }
  }
}
