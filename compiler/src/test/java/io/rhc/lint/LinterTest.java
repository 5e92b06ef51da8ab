package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Specs linted together: cross-spec rules report on the later spec and honour its ignores. */
class LinterTest {
  private static final String FORK = "RHC2011 info spec.persistence";

  @Test
  void reusedMasterNameIsReportedOnTheLaterSpec() {
    List<Diagnostics> out = new Linter().lintAll(List.of(
        SpecFixtures.homelab().with(f -> f.name = "cache").resolved(),
        SpecFixtures.homelab().with(f -> f.name = "queue").resolved()));
    assertEquals(java.util.Set.of(FORK), RuleCasesTest.findings(out.get(0).all()));
    assertEquals(java.util.Set.of(FORK, "RHC1002 error spec.sentinel.masterName"),
        RuleCasesTest.findings(out.get(1).all()));
    assertTrue(out.get(1).all().stream().anyMatch(d -> d.summary().contains("spec `cache`")));
  }

  @Test
  void distinctMasterNamesPass() {
    List<Diagnostics> out = new Linter().lintAll(List.of(
        SpecFixtures.homelab().with(f -> f.masterName = "cache-main").resolved(),
        SpecFixtures.homelab().with(f -> f.masterName = "queue-main").resolved()));
    assertEquals(java.util.Set.of(FORK), RuleCasesTest.findings(out.get(1).all()));
  }

  @Test
  void crossSpecRuleHonoursTheIgnoreOfTheLaterSpec() {
    List<Diagnostics> out = new Linter().lintAcross(List.of(
        SpecFixtures.homelab().resolved(),
        SpecFixtures.homelab().withIgnore("RHC1002", "staging copy of the same cluster").resolved()));
    assertTrue(out.get(1).isEmpty(), () -> out.get(1).all().toString());
  }

  @Test
  void singleSpecLintRunsNoCrossSpecRule() {
    Diagnostics diagnostics = new Diagnostics();
    new Linter().lint(SpecFixtures.homelab().resolved(), diagnostics);
    assertEquals(java.util.Set.of(FORK), RuleCasesTest.findings(diagnostics.all()));
  }
}
