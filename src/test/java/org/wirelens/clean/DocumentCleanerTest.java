package org.wirelens.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCleanerTest {
  private final DocumentCleaner cleaner =
      new DocumentCleaner(LineRules.load(Path.of("data/cleaning/line_rules.tsv")));

  @Test
  void removesChromeAndMovesTheHeadlineToTheTitle() {
    String raw =
        "No Script\n\nPlease Wait...\n\nJihad Sermon 27\n\n\n"
            + "Libya’s Haftar Leaves Moscow\n\nLibya’s Haftar Leaves Moscow\n"
            + "folder_openLibya access_time 6 days ago\nstarAdd to favorites\n\n"
            + "By Staff, Agencies\n\nHaftar left.\n";
    CleanedText c = cleaner.clean(raw, null);
    assertEquals("Libya’s Haftar Leaves Moscow", c.title());
    assertEquals("By Staff, Agencies\n\nHaftar left.", c.text());
    assertEquals(
        List.of(
            new RemovedLine(1, "No Script", "web_chrome", "no_script"),
            new RemovedLine(3, "Please Wait...", "web_chrome", "please_wait"),
            new RemovedLine(5, "Jihad Sermon 27", "web_chrome", "al_ahed_sermon_menu"),
            new RemovedLine(8, "Libya’s Haftar Leaves Moscow", "title", "title"),
            new RemovedLine(
                10, "Libya’s Haftar Leaves Moscow", "duplicate_title", "duplicate_title"),
            new RemovedLine(
                11,
                "folder_openLibya access_time 6 days ago",
                "web_chrome",
                "icon_folder_access_time"),
            new RemovedLine(12, "starAdd to favorites", "web_chrome", "icon_add_to_favorites")),
        c.removed());
  }

  @Test
  void removesEmbedIdsReadingTimeAndPhotoCredits() {
    String raw =
        "Body one.\n6122656959001 a43c2501-b173-419c-af06-7871185d6198"
            + " 8153a6a1-43ba-4f67-a185-6a3b239688de\nvideo\n2 min\n|AA Photo\nBody two.";
    CleanedText c = cleaner.clean(raw, null);
    assertEquals("Body one.\nBody two.", c.text());
    assertEquals(
        List.of("embed", "embed", "reading_time", "photo_credit"),
        c.removed().stream().map(RemovedLine::reason).toList());
    assertNull(c.title(), "a first line ending in a full stop is not a headline");
  }

  @Test
  void aGivenTitleIsKeptAndARepeatOfItRemoved() {
    CleanedText c = cleaner.clean("BAHIA COCOA REVIEW\nShowers continued.", "Bahia Cocoa Review");
    assertEquals("Bahia Cocoa Review", c.title());
    assertEquals("Showers continued.", c.text());
    assertEquals("title", c.removed().get(0).reason());
  }

  @Test
  void aSingleLineIsNeverTakenAsTitle() {
    CleanedText c = cleaner.clean("Just one line without a stop", null);
    assertNull(c.title());
    assertEquals("Just one line without a stop", c.text());
  }

  @Test
  void onlyChromeLeavesAnEmptyText() {
    assertEquals("", cleaner.clean("No Script\nPlease Wait...\n", null).text());
  }

  @Test
  void removesAWireSignOff() {
    CleanedText c = cleaner.clean("Showers continued, he said.\n REUTER\n", "Bahia Cocoa Review");
    assertEquals("Showers continued, he said.", c.text());
    assertEquals("signoff", c.removed().get(0).reason());
  }
}
