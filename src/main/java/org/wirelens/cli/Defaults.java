package org.wirelens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirelens.WirelensException;

/**
 * The default catalog and line rules: {@code data/} when the job runs from a checkout, else the
 * copies built into the job jar (a spark-submit driver in cluster mode, a Kubernetes pod). A path a
 * user gives must exist; only the defaults fall back.
 */
public final class Defaults {
  private static final Logger LOG = LoggerFactory.getLogger(Defaults.class);

  public static final String CATALOG = "data/catalog";
  public static final String LINE_RULES = "data/cleaning/line_rules.tsv";

  /** Where the build puts data/ inside the jar (pom.xml, resources). */
  static final String IN_JAR = "wirelens/defaults/";

  /** The files of data/catalog, in the jar; a test keeps this list equal to the folder. */
  public static final List<String> CATALOG_FILES =
      List.of("general.csv", "libya-2020.csv", "us-states.csv");

  private Defaults() {}

  /** The catalog directory to read, for an option value. */
  public static Path catalog(String option) {
    if (!option.equals(CATALOG) || Files.isDirectory(Path.of(option))) {
      return Path.of(option);
    }
    LOG.info("{} is not here: using the catalog built into the job jar", CATALOG);
    return jarCatalog();
  }

  /** The jar's catalog, extracted to a temporary directory. */
  static Path jarCatalog() {
    try {
      Path dir = Files.createTempDirectory("wirelens-catalog");
      dir.toFile().deleteOnExit();
      for (String file : CATALOG_FILES) {
        extract("catalog/" + file, dir.resolve(file));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line rules file to read, for an option value. */
  public static Path lineRules(String option) {
    if (!option.equals(LINE_RULES) || Files.isRegularFile(Path.of(option))) {
      return Path.of(option);
    }
    LOG.info("{} is not here: using the line rules built into the job jar", LINE_RULES);
    return jarLineRules();
  }

  /** The jar's line rules, extracted to a temporary file. */
  static Path jarLineRules() {
    try {
      Path file = Files.createTempFile("wirelens-line-rules", ".tsv");
      extract("cleaning/line_rules.tsv", file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void extract(String resource, Path to) throws IOException {
    try (InputStream in = Defaults.class.getClassLoader().getResourceAsStream(IN_JAR + resource)) {
      if (in == null) {
        throw new WirelensException(
            "default " + resource + " is neither in data/ nor in the job jar: pass the option");
      }
      Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    to.toFile().deleteOnExit();
  }
}
