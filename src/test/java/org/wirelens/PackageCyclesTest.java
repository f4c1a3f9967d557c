package org.wirelens;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The job's packages depend on each other without a cycle ({@code index} below overlap, reuse and
 * quotes; {@code stage} below every stage), so a package can be read, tested and changed from the
 * bottom up. The top-level package (the job, the run, shared helpers) is outside the slices.
 */
class PackageCyclesTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.wirelens");

  @Test
  void packagesHaveNoCycle() {
    slices().matching("org.wirelens.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void theIndexIsBelowTheStagesThatReadIt() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage("org.wirelens.index..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.wirelens.overlap..", "org.wirelens.reuse..", "org.wirelens.quotes..")
        .check(MAIN);
  }
}
