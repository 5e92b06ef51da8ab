package io.rhc.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules that span modules: targets use only the SPI, never each other; only the CLI uses picocli. */
class CrossModuleArchitectureTest {
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.rhc");

  static final ArchRule TARGETS_USE_ONLY_THE_SPI = classes().that().resideInAPackage("io.rhc.target..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "io.rhc.target..", "io.rhc.model..", "io.rhc.emit..", "io.rhc.diag..", "io.rhc.path..",
          "io.rhc.units..", "java..")
      .as("Targets import only the model, emit (SPI, templates, runtime), diag, path and units packages")
      .because("a target is a plug-in; reaching into a pipeline stage couples it to the compiler's insides");

  static final ArchRule TARGETS_ARE_INDEPENDENT = slices().matching("io.rhc.target.(*)..")
      .should().notDependOnEachOther()
      .as("No target imports another target");

  static final ArchRule ONLY_CLI_USES_PICOCLI = noClasses().that().resideOutsideOfPackage("io.rhc.cli..")
      .should().dependOnClassesThat().resideInAPackage("picocli..")
      .as("Only the cli module imports picocli");

  static Stream<ArchRule> rules() {
    return Stream.of(TARGETS_USE_ONLY_THE_SPI, TARGETS_ARE_INDEPENDENT, ONLY_CLI_USES_PICOCLI);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(PRODUCTION);
  }

  @Test
  void importsTheTargetsAndTheCli() {
    for (String pkg : new String[] {"io.rhc.target.kubernetes", "io.rhc.target.systemd", "io.rhc.cli"}) {
      assertTrue(PRODUCTION.stream().anyMatch(c -> c.getPackageName().equals(pkg)), "no classes from " + pkg);
    }
  }

  @Test
  void aTargetImportingAnotherTargetIsCaught() {
    JavaClasses bad = new ClassFileImporter().importClasses(
        io.rhc.target.alpha.AlphaUsesBeta.class, io.rhc.target.beta.Beta.class);
    assertThrows(AssertionError.class, () -> TARGETS_ARE_INDEPENDENT.check(bad));
  }

  @Test
  void aTargetImportingAStageIsCaught() {
    JavaClasses bad = new ClassFileImporter().importClasses(io.rhc.target.beta.Beta.class);
    assertThrows(AssertionError.class, () -> TARGETS_USE_ONLY_THE_SPI.check(bad));
  }
}
