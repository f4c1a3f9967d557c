package org.wirelens.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.wirelens.WirelensException;
import org.wirelens.entities.names.GivenNames;
import org.wirelens.entities.names.Honorifics;
import org.wirelens.text.WordLists;

/**
 * The word lists of the quote rules as data ({@code data/lexicon}, {@code data/names}): every list
 * loads, says each word once, in the case the rules compare; lists that must nest or stay apart do;
 * honorifics and abbreviations are each one list read by all their users.
 */
class LexiconTest {
  /** Lists matched against the text as written, not against lower-cased tokens. */
  private static final Set<String> AS_WRITTEN = Set.of("TEASERS", "SENTENCE_STARTERS");

  /** Every list Lexicon holds, by field name: a set's words or a map's keys. */
  private static Map<String, Collection<String>> lists() throws IllegalAccessException {
    Map<String, Collection<String>> out = new TreeMap<>();
    for (Field f : Lexicon.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || Modifier.isPrivate(f.getModifiers())) {
        continue;
      }
      Object v = f.get(null);
      if (v instanceof Set<?> s) {
        out.put(f.getName(), s.stream().map(String.class::cast).toList());
      } else if (v instanceof Map<?, ?> m) {
        out.put(f.getName(), m.keySet().stream().map(String.class::cast).toList());
      }
    }
    return out;
  }

  @Test
  void everyListLoadsInTheCaseItIsComparedIn() throws IllegalAccessException {
    Map<String, Collection<String>> lists = lists();
    assertTrue(lists.size() >= 40, "lists: " + lists.keySet());
    for (var e : lists.entrySet()) {
      assertFalse(e.getValue().isEmpty(), e.getKey() + " is empty");
      for (String w : e.getValue()) {
        assertEquals(w.strip(), w, e.getKey() + ": spaces around " + w);
        if (!AS_WRITTEN.contains(e.getKey())) {
          assertEquals(w.toLowerCase(Locale.ROOT), w, e.getKey() + ": not lower case: " + w);
        }
      }
    }
    for (String w : Lexicon.TEASERS) {
      assertEquals(w.toUpperCase(Locale.ROOT), w, "a teaser label is in capitals: " + w);
    }
    for (String w : Lexicon.SENTENCE_STARTERS) {
      assertTrue(Character.isUpperCase(w.charAt(0)), "a sentence starter is capitalised: " + w);
    }
  }

  @Test
  void pronounsHaveTheirGenderAndCase() {
    assertEquals(Gender.MALE, Lexicon.SUBJECT_PRONOUNS.get("he"));
    assertEquals(Gender.FEMALE, Lexicon.SUBJECT_PRONOUNS.get("she"));
    assertEquals(Gender.UNKNOWN, Lexicon.SUBJECT_PRONOUNS.get("they"));
    assertEquals(
        Set.of("he", "she", "they", "it", "i", "we", "you"), Lexicon.SUBJECT_PRONOUNS.keySet());
    assertTrue(Lexicon.OBJECT_PRONOUNS.containsAll(Set.of("him", "her", "them", "everyone")));
    assertFalse(Lexicon.OBJECT_PRONOUNS.contains("he"));
    assertEquals(
        Map.of(
            "he", Gender.MALE,
            "him", Gender.MALE,
            "his", Gender.MALE,
            "himself", Gender.MALE,
            "she", Gender.FEMALE,
            "her", Gender.FEMALE,
            "hers", Gender.FEMALE,
            "herself", Gender.FEMALE),
        Lexicon.GENDERED_PRONOUNS);
  }

  @Test
  void rolesHaveTheirGenderAndGenericRolesAreRoles() {
    assertEquals(Gender.FEMALE, Lexicon.PERSON_ROLES.get("spokeswoman"));
    assertEquals(Gender.MALE, Lexicon.PERSON_ROLES.get("spokesman"));
    assertEquals(Gender.UNKNOWN, Lexicon.PERSON_ROLES.get("minister"));
    assertTrue(Lexicon.PERSON_ROLES.keySet().containsAll(Lexicon.GENERIC_ROLES));
    assertTrue(Lexicon.GENERIC_ROLES.contains("official"));
    assertFalse(Lexicon.GENERIC_ROLES.contains("minister"), "a minister is someone in particular");
  }

  @Test
  void listsThatNestOrStayApartDo() {
    assertSubset(Lexicon.DEFINITE, Lexicon.DETERMINERS, "definite determiners");
    assertSubset(Lexicon.ARTICLES, Lexicon.DETERMINERS, "articles");
    assertSubset(Lexicon.CONJUNCTIONS, Lexicon.CLAUSE_LINKS, "conjunctions end a phrase");
    assertSubset(Lexicon.SUBORDINATORS, Lexicon.CONJUNCTIONS, "subordinators");
    assertSubset(Lexicon.GO_FORMS, Lexicon.BEFORE_TO, "went on to say");
    assertSubset(Lexicon.OWNER_PREPOSITIONS, Lexicon.NP_PREPOSITIONS, "owner prepositions");
    assertSubset(Lexicon.WRAPPED_TITLES, Lexicon.ABBREVIATIONS, "titles at a line end");
    // A word between a speaker and the verb is either skipped or negates it, never both.
    assertDisjoint(Lexicon.NEGATIONS, Lexicon.AUXILIARIES, "negations and auxiliaries");
    // Plural people have no one person to resolve to; roles are singular.
    assertDisjoint(Lexicon.PEOPLE, Lexicon.PERSON_ROLES.keySet(), "people and roles");
    assertDisjoint(Lexicon.TIME_DETERMINERS, Lexicon.TIME_WORDS, "this week");
  }

  @Test
  void genderedTitlesAreTheHonorificsAndTitledRolesWithTheirSex() {
    assertEquals(Gender.MALE, Lexicon.GENDERED_TITLES.get("mr"));
    assertEquals(Gender.FEMALE, Lexicon.GENDERED_TITLES.get("mrs"));
    assertEquals(Gender.FEMALE, Lexicon.GENDERED_TITLES.get("madam"));
    assertEquals(Gender.FEMALE, Lexicon.GENDERED_TITLES.get("queen"));
    assertEquals(Gender.MALE, Lexicon.GENDERED_TITLES.get("spokesman"));
    // The evidence reads the English honorifics, not every form of address entities cut.
    assertFalse(Lexicon.GENDERED_TITLES.containsKey("herr"));
    assertFalse(Lexicon.GENDERED_TITLES.containsKey("dr"), "Dr. tells no sex");
    assertEquals(22, Lexicon.GENDERED_TITLES.size());
    for (var e : Lexicon.GENDERED_TITLES.entrySet()) {
      Gender role = Lexicon.PERSON_ROLES.get(e.getKey());
      Gender address =
          Gender.of(
              Honorifics.genderEvidence().getOrDefault(e.getKey(), GivenNames.Gender.UNKNOWN));
      assertTrue(e.getValue() == role || e.getValue() == address, e.getKey());
      assertTrue(e.getValue() != Gender.UNKNOWN, e.getKey());
    }
  }

  @Test
  void honorificsAreOneListForEntitiesAndQuotes() {
    assertTrue(Honorifics.isHonorific("Mr."));
    assertTrue(Honorifics.isHonorific("Herr"));
    assertFalse(Honorifics.isHonorific("Madam"), "written before an office, not a name");
    assertEquals(GivenNames.Gender.FEMALE, Honorifics.gender("Mrs."));
    assertEquals(GivenNames.Gender.UNKNOWN, Honorifics.gender("Dr"));
    assertEquals(GivenNames.Gender.UNKNOWN, Honorifics.gender(null));
    Set<String> evidence = Honorifics.genderEvidence().keySet();
    assertTrue(evidence.containsAll(Set.of("mr", "mrs", "ms", "miss", "sir", "madam")));
    for (String w : evidence) {
      assertTrue(Lexicon.GENDERED_TITLES.containsKey(w), w);
    }
  }

  @Test
  void abbreviationsKeepTheirPeriodInTokens() {
    assertTrue(Lexicon.ABBREVIATIONS.containsAll(Set.of("mr", "gen", "jan", "inc", "sept")));
    assertEquals(
        Set.of("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "st"),
        Lexicon.WRAPPED_TITLES);
    String text = "Gen. Haftar met Mr. Smith on Jan. 5.";
    var toks = Tokens.of(text, 0, text.length());
    assertEquals("Gen.", toks.get(0).text());
    assertEquals("Mr.", toks.get(3).text());
    assertEquals("Jan.", toks.get(6).text());
    assertEquals(".", toks.get(toks.size() - 1).text(), "a sentence's last period is its own");
  }

  @Test
  void aWordListedTwiceOrAMissingListIsAnError() {
    WirelensException twice =
        assertThrows(WirelensException.class, () -> WordLists.words("test/listed-twice.txt"));
    assertTrue(twice.getMessage().contains("said is listed twice"), twice.getMessage());
    WirelensException columns =
        assertThrows(WirelensException.class, () -> WordLists.rows("test/short-row.tsv"));
    assertTrue(columns.getMessage().contains("2 columns expected"), columns.getMessage());
    WirelensException missing =
        assertThrows(WirelensException.class, () -> WordLists.words("test/no-such-list.txt"));
    assertTrue(missing.getMessage().contains("not on the classpath"), missing.getMessage());
    assertEquals(Set.of("said", "told"), WordLists.words("test/two-words.txt"));
  }

  private static void assertSubset(Set<String> part, Set<String> whole, String what) {
    Set<String> extra = new HashSet<>(part);
    extra.removeAll(whole);
    assertTrue(extra.isEmpty(), what + ": " + extra);
  }

  private static void assertDisjoint(Set<String> a, Set<String> b, String what) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    assertTrue(both.isEmpty(), what + ": " + both);
  }
}
