package org.wirelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Language detection on short news-like paragraphs in several scripts, and input codes. */
class LanguagesTest {

  // Written for this test: two or three sentences of wire copy each, as an outlet would run them.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | The foreign ministers met in the capital on Tuesday and agreed to resume talks next month. Officials said the ceasefire was holding in most regions.
          de | Die Außenminister trafen sich am Dienstag in der Hauptstadt und vereinbarten, die Gespräche im nächsten Monat fortzusetzen. Die Waffenruhe halte in den meisten Regionen, hieß es.
          fr | Les ministres des Affaires étrangères se sont réunis mardi dans la capitale et ont convenu de reprendre les négociations le mois prochain. Le cessez-le-feu tient dans la plupart des régions.
          ru | Министры иностранных дел встретились во вторник в столице и договорились возобновить переговоры в следующем месяце. По словам чиновников, перемирие соблюдается в большинстве регионов.
          ar | التقى وزراء الخارجية يوم الثلاثاء في العاصمة واتفقوا على استئناف المحادثات الشهر المقبل. وقال مسؤولون إن وقف إطلاق النار صامد في معظم المناطق.
          zh | 各国外长周二在首都举行会晤，同意下个月恢复谈判。官员表示，大部分地区的停火仍在维持。
          tr | Dışişleri bakanları salı günü başkentte bir araya gelerek müzakerelere gelecek ay yeniden başlama konusunda anlaştı. Yetkililer ateşkesin çoğu bölgede sürdüğünü söyledi.
          es | Los ministros de Asuntos Exteriores se reunieron el martes en la capital y acordaron reanudar las conversaciones el próximo mes. Según los funcionarios, el alto el fuego se mantiene.
          it | I ministri degli Esteri si sono incontrati martedì nella capitale e hanno concordato di riprendere i colloqui il mese prossimo. Secondo i funzionari, il cessate il fuoco regge.
          pl | Ministrowie spraw zagranicznych spotkali się we wtorek w stolicy i uzgodnili wznowienie rozmów w przyszłym miesiącu. Według urzędników zawieszenie broni jest przestrzegane.
          ja | 各国の外相は火曜日に首都で会談し、来月に交渉を再開することで合意した。当局者によると、停戦はほとんどの地域で維持されている。
          ko | 각국 외무장관들은 화요일 수도에서 만나 다음 달 협상을 재개하기로 합의했다. 관리들은 대부분 지역에서 휴전이 유지되고 있다고 말했다.
          """)
  void detectsTheLanguageOfAShortNewsParagraph(String expected, String text) {
    assertEquals(expected, Languages.detect(text));
  }

  @Test
  void chineseWithLatinNamesInItIsStillChinese() {
    assertEquals(
        "zh", Languages.detect("Apple 公司周一表示，CEO Tim Cook 将于下周访问北京，与 Huawei 和小米的高管会面，讨论供应链问题。"));
  }

  @Test
  void theTitleIsReadWithTheText() {
    String title = "Gespräche werden im nächsten Monat fortgesetzt";
    assertEquals(title + "\nkurz", Languages.documentText(title, "kurz"));
    assertEquals("text", Languages.documentText(" ", "text"));
    assertEquals("de", Languages.detect(Languages.documentText(title, "Berlin, 14. Januar.")));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   \n\t ",
        "Moscow talks",
        "Breaking: ceasefire holds",
        "12:30 — 14.01.2020 — 1,234 / 5,678",
        "Фото: ТАСС",
        "停火仍在维持",
        "Photo: AFP / Getty Images"
      })
  void tooLittleTextHasNoLanguage(String text) {
    assertNull(Languages.detect(text));
  }

  @Test
  void aTextHalfInOneLanguageAndHalfInAnotherIsNotForcedOntoEither() {
    // Two languages of one script in equal parts: the detector is not sure of either.
    String mixed =
        "The ministers agreed to resume talks next month in the capital. "
            + "Die Minister vereinbarten, die Gespräche nächsten Monat fortzusetzen.";
    String got = Languages.detect(mixed);
    assertTrue(got == null || got.equals("en") || got.equals("de"), got);
  }

  @Test
  void theSameTextGetsTheSameLanguageOnEveryThread() throws Exception {
    String text =
        "Los ministros se reunieron el martes y acordaron reanudar las conversaciones pronto.";
    String first = Languages.detect(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs =
          pool.invokeAll(java.util.Collections.nCopies(16, () -> Languages.detect(text)));
      for (Future<String> f : runs) {
        assertEquals(first, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals("es", first);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "en, en",
        "EN, en",
        "' de ', de",
        "de-AT, de",
        "pt_BR, pt",
        "zh-Hant-TW, zh",
        "deu, de",
        "ger, de",
        "fra, fr",
        "fre, fr",
        "ara, ar",
        "tur, tr",
        "German, NULL",
        "'', NULL",
        "x1, NULL",
        "NULL, NULL"
      })
  void readsAnInputsLanguageAsIso6391(String given, String expected) {
    assertEquals(expected, Languages.code(given));
  }

  @Test
  void disagreementNeedsTwoReadableCodesThatDiffer() {
    assertTrue(Languages.disagree("de", "en"));
    assertFalse(Languages.disagree("en-GB", "en"));
    assertFalse(Languages.disagree("eng", "en"));
    assertFalse(Languages.disagree("English", "de"), "a name is not compared");
    assertFalse(Languages.disagree("en", null), "nothing detected");
    assertFalse(Languages.disagree(null, "en"));
  }

  @Test
  void scriptsTellChineseJapaneseAndKoreanOnly() {
    assertNull(Languages.byScript("A text in Latin letters with one 中 character."));
    assertEquals("zh", Languages.byScript("停火仍在维持"));
    assertEquals("ja", Languages.byScript("停戦は維持されている"));
    assertEquals("ko", Languages.byScript("휴전이 유지되고 있다"));
  }
}
