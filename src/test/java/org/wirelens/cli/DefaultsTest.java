package org.wirelens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The defaults built into the job jar are exactly data/'s files, so a cluster run reads the same.
 */
class DefaultsTest {

  @Test
  void catalogFileListIsTheCatalogFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(Defaults.CATALOG))) {
      List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
      assertEquals(names, Defaults.CATALOG_FILES.stream().sorted().toList());
    }
  }

  @Test
  void jarCatalogHasTheSameBytesAsDataCatalog() throws IOException {
    Path extracted = Defaults.jarCatalog();
    for (String file : Defaults.CATALOG_FILES) {
      assertArrayEquals(
          Files.readAllBytes(Path.of(Defaults.CATALOG, file)),
          Files.readAllBytes(extracted.resolve(file)),
          file);
    }
  }

  @Test
  void jarLineRulesHaveTheSameBytesAsDataLineRules() throws IOException {
    assertArrayEquals(
        Files.readAllBytes(Path.of(Defaults.LINE_RULES)),
        Files.readAllBytes(Defaults.jarLineRules()));
  }

  @Test
  void aPathTheUserGivesIsNeverReplaced() {
    assertEquals(Path.of("no/such/catalog"), Defaults.catalog("no/such/catalog"));
    assertEquals(Path.of("no/such/rules.tsv"), Defaults.lineRules("no/such/rules.tsv"));
  }
}
