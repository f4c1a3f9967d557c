package org.wirelens.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirelens.entities.names.Honorifics;
import org.wirelens.text.WordLists;

/**
 * The word lists the attribution rules read: closed-class English words (pronouns, determiners,
 * prepositions, auxiliaries, words of time) and general news nouns for people in their roles and
 * for organisations. General English vocabulary, not drawn from any evaluation set. Each list is a
 * file of {@code data/lexicon} (one word a line, or a table with a header), whose comment says what
 * it is for and why; all are read once per JVM, when this class is first used. The reporting verbs
 * are {@link ReportingCues}', the honorifics {@link Honorifics}'.
 */
final class Lexicon {
  private Lexicon() {}

  private static final String DIR = "lexicon/";

  private static Set<String> list(String file) {
    return WordLists.words(DIR + file);
  }

  private static final List<String[]> PRONOUNS = WordLists.rows(DIR + "pronouns.tsv");

  /** Pronouns that may be a reporting verb's subject ("he said"), with their gender. */
  static final Map<String, Gender> SUBJECT_PRONOUNS = pronouns("subject");

  /** Pronouns that may be a listener after a verb of telling: "told him that". */
  static final Set<String> OBJECT_PRONOUNS = pronouns("object").keySet();

  /** Pronouns of every case that tell a gender: "he", "his", "herself" (gender evidence). */
  static final Map<String, Gender> GENDERED_PRONOUNS = gendered();

  /** Listeners named without a determiner: "told reporters that". */
  static final Set<String> LISTENERS = list("listeners.txt");

  static final Set<String> DETERMINERS = list("determiners.txt");

  static final Set<String> DEFINITE = list("definite-determiners.txt");

  /** Words that end a noun phrase walked backwards from a verb: clause links and relatives. */
  static final Set<String> CLAUSE_LINKS = list("clause-links.txt");

  /** Links that may end an inverted speaker's phrase: "said Lavrov and left". */
  static final Set<String> CONJUNCTIONS = list("conjunctions.txt");

  /** Prepositions that may sit inside a speaker's noun phrase: "a spokesman for the ministry". */
  static final Set<String> NP_PREPOSITIONS = list("np-prepositions.txt");

  /** Prepositions and links that cannot open reported speech (an adverbial or clause follows). */
  static final Set<String> NOT_SPEECH_START = list("not-speech-start.txt");

  /** Prepositions that open an adverbial between a verb and its speech ("said in a statement"). */
  static final Set<String> ADVERBIAL_PREPOSITIONS = list("adverbial-prepositions.txt");

  /** Words that may stand between a speaker and the verb: "Lavrov also said", "she has said". */
  static final Set<String> AUXILIARIES = list("auxiliaries.txt");

  /** Verbs before "to" that keep the reporting verb a report: "went on to say". */
  static final Set<String> BEFORE_TO = list("before-to.txt");

  /** Forms of "go" before "on to": "went on to say". */
  static final Set<String> GO_FORMS = list("go-forms.txt");

  /** Words that make a reporting verb negative or refused: "did not say", "declined to say". */
  static final Set<String> NEGATIONS = list("negations.txt");

  /** Words of time an adverbial ends with: "on Tuesday", "last week", "late Monday". */
  static final Set<String> TIME_WORDS = list("time-words.txt");

  /** Words that make a word of time an adverbial: "this week", "last month", "next year". */
  static final Set<String> TIME_DETERMINERS = list("time-determiners.txt");

  /** Nouns of the channel an adverbial ends with: "in a statement", "on Twitter", "to CBC News". */
  static final Set<String> MEDIUM_WORDS = list("medium-words.txt");

  private static final List<String[]> ROLES = WordLists.rows(DIR + "person-roles.tsv");

  /** Nouns for people by role; with a definite determiner they refer back to a person. */
  static final Map<String, Gender> PERSON_ROLES = roles(-1);

  /**
   * Roles anyone may have ("the official", "the spokesman", "the woman"): such a description is the
   * person so titled earlier, or nobody known, never merely the most salient person.
   */
  static final Set<String> GENERIC_ROLES = roles(2).keySet();

  /** People in the plural ("officials said"): speakers, but no one person to resolve them to. */
  static final Set<String> PEOPLE = list("people.txt");

  /** Nouns for organisations; with a definite determiner they refer back to one. */
  static final Set<String> ORGANISATION_NOUNS = list("organisation-nouns.txt");

  /** Honorifics and titles that tell a person's gender: "Mr.", "Mrs.", "Sir", "Queen". */
  static final Map<String, Gender> GENDERED_TITLES = genderedTitles();

  /** People who speak for an organisation they are "of", "for" or "at". */
  static final Set<String> VOICES = list("voices.txt");

  /** Prepositions by which an organisation owns a phrase's head: "a statement from the EU". */
  static final Set<String> OWNER_PREPOSITIONS = list("owner-prepositions.txt");

  /** Adjectives of a title before a name: "former", "acting", "Foreign". */
  static final Set<String> TITLE_ADJECTIVES = list("title-adjectives.txt");

  /** Quantifiers that stand for people as a subject: "Some said", "Others say". */
  static final Set<String> QUANTIFIER_SUBJECTS = list("quantifier-subjects.txt");

  /** Words of degree that head no speaker's phrase: "said more". */
  static final Set<String> DEGREE_WORDS = list("degree-words.txt");

  /** Subjects after which a verb's base form is a verb: "we note", "people say". */
  static final Set<String> BASE_FORM_SUBJECTS = list("base-form-subjects.txt");

  /** Prepositions after which a present verb form is a noun: "in subsequent reports". */
  static final Set<String> PREPOSITIONS = list("prepositions.txt");

  /** Articles and possessives: after them a verb form is a noun ("the said", "his comments"). */
  static final Set<String> ARTICLES = list("articles.txt");

  /** Forms of "be": before a reporting verb they make it passive ("was told"). */
  static final Set<String> BE_FORMS = list("be-forms.txt");

  /** Words after which an -ing form reports: "as saying", "by saying", "before adding". */
  static final Set<String> PARTICIPLE_OPENERS = list("participle-openers.txt");

  /** Auxiliaries and modals: a piece with one is a clause, not an adverbial phrase. */
  static final Set<String> FINITE = list("finite-verbs.txt");

  /** "Asked if the measures were taken under pressure, X said": the question, not the speech. */
  static final Set<String> QUESTIONED = list("questioned.txt");

  /** Words that open a subordinate clause: "As the talks ended, X said". */
  static final Set<String> SUBORDINATORS = list("subordinators.txt");

  /** Objects of "say" that are not speech: "said nothing", "said goodbye". */
  static final Set<String> NOT_SPEECH_OBJECTS = list("not-speech-objects.txt");

  /** Lower-case words in -ly that are not adverbs: "family". */
  static final Set<String> NOT_ADVERBS = list("not-adverbs.txt");

  /** First- and second-person words: a signed paragraph speaks in them. */
  static final Set<String> PERSONAL = list("personal-words.txt");

  /** Labels of links to other articles, in capitals as written: "READ MORE", "WATCH". */
  static final Set<String> TEASERS = list("teasers.txt");

  /** Words that plainly start a sentence, capitalised as written: "The", "It", "However". */
  static final Set<String> SENTENCE_STARTERS = list("sentence-starters.txt");

  private static final List<String[]> ABBREVIATION_ROWS = WordLists.rows(DIR + "abbreviations.tsv");

  /** Abbreviations whose period is part of the word ("Mr.", "Jan."), lower case. */
  static final Set<String> ABBREVIATIONS = abbreviations(-1);

  /** Titles that at the end of a wrapped line end no sentence ("Sen."), lower case. */
  static final Set<String> WRAPPED_TITLES = abbreviations(2);

  private static Map<String, Gender> pronouns(String kase) {
    Map<String, Gender> out = new HashMap<>();
    for (String[] r : PRONOUNS) {
      if (List.of(r[2].split(" ")).contains(kase)) {
        out.put(r[0], Gender.ofCode(r[1]));
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, Gender> gendered() {
    Map<String, Gender> out = new HashMap<>();
    for (String[] r : PRONOUNS) {
      if (Gender.ofCode(r[1]) != Gender.UNKNOWN) {
        out.put(r[0], Gender.ofCode(r[1]));
      }
    }
    return Map.copyOf(out);
  }

  /** The roles with their gender; with {@code flag} a column, only those marked yes in it. */
  private static Map<String, Gender> roles(int flag) {
    Map<String, Gender> out = new HashMap<>();
    for (String[] r : ROLES) {
      if (flag < 0 || r[flag].equals("yes")) {
        out.put(r[0], Gender.ofCode(r[1]));
      }
    }
    return Map.copyOf(out);
  }

  /** The honorifics the gender evidence reads, and the roles marked as gendered titles. */
  private static Map<String, Gender> genderedTitles() {
    Map<String, Gender> out = new HashMap<>();
    Honorifics.genderEvidence().forEach((w, g) -> out.put(w, Gender.of(g)));
    roles(3).forEach(out::put);
    return Map.copyOf(out);
  }

  private static Set<String> abbreviations(int flag) {
    Set<String> out = new HashSet<>();
    for (String[] r : ABBREVIATION_ROWS) {
      if (flag < 0 || r[flag].equals("yes")) {
        out.add(r[0].toLowerCase(Locale.ROOT));
      }
    }
    return Set.copyOf(out);
  }
}
