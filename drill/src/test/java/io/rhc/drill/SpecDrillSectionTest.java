package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.Drill;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code spec.drill} through the real parse, validate and resolve stages. */
class SpecDrillSectionTest {
  private static final String OBJECTIVES = """
        drill:
          scenarios: [master-crash, partition]
          objectives:
            maxUnavailability: { master-crash: 8s, default: 2s }
            maxLostWrites: { default: 0, partition: 100 }
      """;

  @Test
  void objectivesResolveWithTheDefaultKeyAsFallback() throws Exception {
    Drill drill = LiveDrill.resolve("objectives.yaml", LiveDrill.exampleYaml("veza-systemd") + OBJECTIVES)
        .spec().drill();
    assertEquals(List.of("master-crash", "partition"), drill.scenarios());
    assertEquals(Optional.of(Duration.ofSeconds(8)), drill.unavailabilityLimit("master-crash"));
    assertEquals(Optional.of(Duration.ofSeconds(2)), drill.unavailabilityLimit("graceful-stop"));
    assertEquals(Optional.of(100), drill.lostWritesLimit("partition"));
    assertEquals(Optional.of(0), drill.lostWritesLimit("master-new-ip"));
  }

  @Test
  void withoutTheSectionEveryScenarioRunsAndNothingIsLimited() throws Exception {
    Drill drill = LiveDrill.example("gateway-k8s").spec().drill();
    assertEquals(io.rhc.drill.Drill.scenarioNames(), drill.scenarios());
    assertEquals(Optional.empty(), drill.unavailabilityLimit("master-crash"));
    assertEquals(Optional.empty(), drill.lostWritesLimit("master-crash"));
  }

  @Test
  void anUnknownScenarioIsASchemaError() throws Exception {
    String yaml = LiveDrill.exampleYaml("veza-systemd")
        + "  drill:\n    objectives:\n      maxLostWrites: { master-crsh: 0 }\n";
    var result = LiveDrill.check("typo.yaml", yaml);
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.code().startsWith("RHC01")
        && d.path().toString().startsWith("spec.drill.objectives.maxLostWrites")), result.diagnostics().toString());
  }
}
