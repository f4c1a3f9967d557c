package org.wirelens.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import com.optimaize.langdetect.text.UrlTextFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The language of a document's text (Optimaize's n-gram detector, loaded once per JVM) and a
 * language the input gives, both as ISO 639-1 codes.
 *
 * <p>The rule: a text with fewer than {@link #MIN_LETTERS} letters (a Han, kana or Hangul character
 * counted as three) gets no language (a caption, a lone headline: too little to tell Spanish from
 * Italian); Chinese, Japanese and Korean by their scripts ({@link #byScript}); otherwise the
 * detector's most probable language when its probability reaches {@link #MIN_PROBABILITY}, else
 * none. Only the first {@link #MAX_CHARS} chars are read, so a 10 MB document costs what a long
 * article does. The detector draws its n-gram samples from a fixed seed, so a text always gets the
 * same language.
 */
public final class Languages {
  /** {@code documents.language_source}: the input or manifest gave the language. */
  public static final String INPUT = "input";

  /** {@code documents.language_source}: the detector found it. */
  public static final String DETECTED = "detected";

  /** Texts with fewer letters get no detected language. */
  public static final int MIN_LETTERS = 40;

  /**
   * The probability the best language must reach. The detector averages seven samples of the text's
   * n-grams, each of which mostly settles on one language: 0.8 is six of seven agreeing.
   */
  public static final double MIN_PROBABILITY = 0.8;

  /**
   * The share of a text's letters in Han, kana or Hangul from which its language is told by script:
   * one Han character stands for a word of three to eight Latin letters, so a Chinese article that
   * names people and firms in Latin letters still passes it.
   */
  public static final double CJK_SHARE = 0.3;

  /** Chars read from the start of a text. */
  public static final int MAX_CHARS = 10_000;

  /** Optimaize's own default seed, set explicitly: its samples are then the same every run. */
  private static final long SEED = 41L;

  /** ISO 639-2 (terminology and bibliographic) codes to ISO 639-1, from the JDK's list. */
  private static final Map<String, String> ALPHA3 = alpha3();

  private Languages() {}

  /** Built on first use in each JVM (each executor) and shared by its task threads. */
  private static final class Holder {
    static final LanguageDetector DETECTOR = detector();
    static final TextObjectFactory TEXT =
        new TextObjectFactoryBuilder()
            .maxTextLength(MAX_CHARS)
            .withTextFilter(UrlTextFilter.getInstance())
            .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3))
            .build();

    private static LanguageDetector detector() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .seed(SEED)
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language profiles", e);
      }
    }
  }

  /**
   * The language of a text, ISO 639-1 ({@code zh} for both Chinese profiles), or null when the text
   * is too short or the detector is not confident.
   */
  public static String detect(String text) {
    if (text == null || letters(text, MAX_CHARS) < MIN_LETTERS) {
      return null;
    }
    String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String byScript = byScript(head);
    if (byScript != null) {
      return byScript;
    }
    // Profiles of one language (zh-CN and zh-TW) share its probability: a Chinese text split
    // 0.6/0.4 between the two scripts is Chinese at 1.0, not two unsure guesses.
    Map<String, Double> byLanguage = new TreeMap<>();
    for (DetectedLanguage d : Holder.DETECTOR.getProbabilities(Holder.TEXT.forText(head))) {
      byLanguage.merge(d.getLocale().getLanguage(), d.getProbability(), Double::sum);
    }
    String best = null;
    double p = 0;
    for (Map.Entry<String, Double> e : byLanguage.entrySet()) {
      if (e.getValue() > p) {
        best = e.getKey();
        p = e.getValue();
      }
    }
    return p >= MIN_PROBABILITY ? best : null;
  }

  /**
   * What a document's language is read from: its title (given, or the headline line cleaning took
   * from the text) and its cleaned text, a line apart.
   */
  public static String documentText(String title, String text) {
    if (title == null || title.isBlank()) {
      return text;
    }
    return text == null ? title : title + "\n" + text;
  }

  /**
   * A language as an input gives it, as ISO 639-1: {@code de}, {@code DE}, {@code de-AT}, {@code
   * de_AT} and {@code deu} or {@code ger} are all {@code de}; null when it is blank or no code this
   * reads (a language name such as {@code German} included), so that it is not compared.
   */
  public static String code(String given) {
    if (given == null) {
      return null;
    }
    String primary = given.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    if (primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return primary;
    }
    return primary.length() == 3 ? ALPHA3.get(primary) : null;
  }

  /** Whether an input's language and a detected one name different languages (both readable). */
  public static boolean disagree(String given, String detected) {
    String code = code(given);
    return code != null && detected != null && !code.equals(detected);
  }

  /**
   * Chinese, Japanese or Korean told by script, where Han, kana or Hangul make up at least {@link
   * #CJK_SHARE} of the letters; null for other texts. Optimaize reads Han characters through a
   * folding into a few hundred classes and mistakes Chinese news with Latin names in it for
   * Vietnamese, Korean or Basque; the scripts themselves settle it: Japanese writes kana in every
   * sentence, Korean writes Hangul, and Han characters without either are Chinese.
   */
  static String byScript(String text) {
    int letters = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN) {
        han++;
      } else if (script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        kana++;
      } else if (script == Character.UnicodeScript.HANGUL) {
        hangul++;
      }
    }
    int cjk = han + kana + hangul;
    if (cjk == 0 || cjk < CJK_SHARE * letters) {
      return null;
    }
    if (hangul >= han + kana) {
      return "ko";
    }
    // Kana are a third or more of a Japanese text; a Chinese one may quote a katakana name.
    return kana >= 0.1 * cjk ? "ja" : "zh";
  }

  /**
   * Letters up to {@link #MIN_LETTERS}, a Han, kana or Hangul character counted as three: one
   * stands for a syllable or a word, so "停火仍在维持" (six characters) weighs as "the ceasefire holds"
   * does.
   */
  private static int letters(String text, int limit) {
    int n = 0;
    int end = Math.min(text.length(), limit);
    for (int i = 0; i < end && n < MIN_LETTERS; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        n += cjk(c) ? 3 : 1;
      }
    }
    return n;
  }

  private static boolean cjk(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static Map<String, String> alpha3() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // A code without a three-letter form: nothing to map.
      }
    }
    // The bibliographic codes that differ from the terminology ones the JDK gives.
    String[][] bibliographic = {
      {"ger", "de"}, {"fre", "fr"}, {"chi", "zh"}, {"dut", "nl"}, {"gre", "el"}, {"per", "fa"},
      {"cze", "cs"}, {"rum", "ro"}, {"slo", "sk"}, {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"},
      {"bur", "my"}, {"geo", "ka"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"},
      {"tib", "bo"}, {"wel", "cy"}
    };
    for (String[] b : bibliographic) {
      map.put(b[0], b[1]);
    }
    return Map.copyOf(map);
  }
}
