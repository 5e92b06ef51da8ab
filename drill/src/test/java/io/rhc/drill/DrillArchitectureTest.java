package io.rhc.drill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/** The drill reaches the systemd target only through the SPI, and prints nothing itself. */
class DrillArchitectureTest {
  private static final JavaClasses DRILL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.rhc.drill");

  @Test
  void importsNoTarget() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.rhc.target..")
        .as("rhc drill finds the systemd target through io.rhc.emit.TargetRegistry").check(DRILL);
  }

  @Test
  void writesNothingToTheConsole() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(DRILL);
  }
}
