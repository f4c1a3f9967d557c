package org.wirelens.tables;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README documents every table exactly as its definition says (regenerate with Tables). */
class ReadmeTablesTest {
  @Test
  void readmeHasEveryTableSection() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (TableDef t : Tables.ALL) {
      assertTrue(
          readme.contains(t.markdown()),
          "README.md is out of date for table "
              + t.name()
              + "; regenerate with: python3 jobs/update_readme.py");
    }
  }
}
