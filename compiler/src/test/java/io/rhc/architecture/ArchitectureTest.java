package io.rhc.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.rhc");

  static Stream<ArchRule> rules() {
    return Stream.of(
        ArchitectureRules.STAGES_ONLY_LOOK_BACK,
        ArchitectureRules.BASE_IS_SELF_CONTAINED,
        ArchitectureRules.MODEL_IS_PLAIN,
        ArchitectureRules.ONLY_PARSE_USES_SNAKEYAML,
        ArchitectureRules.ONLY_VALIDATE_USES_NETWORKNT,
        ArchitectureRules.ONLY_TEMPLATES_USE_MUSTACHE,
        ArchitectureRules.NO_CONSOLE,
        ArchitectureRules.NO_EXIT,
        ArchitectureRules.NO_CYCLES);
  }

  @Test
  void importsEnoughClassesForTheRulesToMeanSomething() {
    assertTrue(CLASSES.size() > 40, "only " + CLASSES.size() + " classes imported: wrong package string?");
  }

  @Test
  void stageImportingALaterStageIsCaught() throws ClassNotFoundException {
    JavaClasses bad = new ClassFileImporter().importClasses(
        Class.forName("io.rhc.parse.ForwardImportFixture"), io.rhc.lint.Linter.class);
    assertThrows(AssertionError.class, () -> ArchitectureRules.STAGES_ONLY_LOOK_BACK.check(bad));
  }

  @Test
  void modelImportingALibraryIsCaught() throws ClassNotFoundException {
    JavaClasses bad = new ClassFileImporter().importClasses(Class.forName("io.rhc.model.LibraryImportFixture"));
    assertThrows(AssertionError.class, () -> ArchitectureRules.MODEL_IS_PLAIN.check(bad));
    assertThrows(AssertionError.class, () -> ArchitectureRules.ONLY_PARSE_USES_SNAKEYAML.check(bad));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(CLASSES);
  }
}
