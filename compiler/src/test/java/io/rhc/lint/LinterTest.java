package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostics;
import io.rhc.testkit.ExampleSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Specs linted together: cross-spec rules report on the later spec and honour its ignores. */
class LinterTest {
  private static final String FORK = "RHC2011 info spec.persistence";
  private static final ExampleSpec BASE = RuleCasesTest.BASE;

  @Test
  void reusedMasterNameIsReportedOnTheLaterSpec() {
    List<Diagnostics> out = new Linter().lintAll(List.of(
        BASE.set("metadata.name", "cache").resolved(),
        BASE.set("metadata.name", "queue").resolved()));
    assertEquals(java.util.Set.of(FORK), RuleCasesTest.findings(out.get(0).all()));
    assertEquals(java.util.Set.of(FORK, "RHC1002 error spec.sentinel.masterName"),
        RuleCasesTest.findings(out.get(1).all()));
    assertTrue(out.get(1).all().stream().anyMatch(d -> d.summary().contains("spec `cache`")));
  }

  @Test
  void distinctMasterNamesPass() {
    List<Diagnostics> out = new Linter().lintAll(List.of(
        BASE.set("spec.sentinel.masterName", "cache-main").resolved(),
        BASE.set("spec.sentinel.masterName", "queue-main").resolved()));
    assertEquals(java.util.Set.of(FORK), RuleCasesTest.findings(out.get(1).all()));
  }

  @Test
  void crossSpecRuleHonoursTheIgnoreOfTheLaterSpec() {
    List<Diagnostics> out = new Linter().lintAcross(List.of(
        BASE.resolved(),
        BASE.setYaml("spec.lint.ignore", "[{ rule: RHC1002, reason: staging copy of the same cluster }]").resolved()));
    assertTrue(out.get(1).isEmpty(), () -> out.get(1).all().toString());
  }

  @Test
  void singleSpecLintRunsNoCrossSpecRule() {
    Diagnostics diagnostics = new Diagnostics();
    new Linter().lint(BASE.resolved(), diagnostics);
    assertEquals(java.util.Set.of(FORK), RuleCasesTest.findings(diagnostics.all()));
  }
}
