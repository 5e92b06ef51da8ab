package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.model.Drill;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectivesTest {
  private static final Drill OBJECTIVES = new Drill(List.of("master-crash"),
      Map.of("master-crash", Duration.ofSeconds(8), "default", Duration.ofSeconds(2)),
      Map.of("default", 0, "partition", 500));

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("crash-within-limits", Runs.of(Scenario.MASTER_CRASH, true, 7.9, 0, true), List.of()),
        Arguments.of("crash-too-slow", Runs.of(Scenario.MASTER_CRASH, true, 8.2, 0, true),
            List.of("write unavailability 8.20 s exceeds the objective 8s")),
        Arguments.of("graceful-uses-default-limit", Runs.of(Scenario.GRACEFUL_STOP, true, 2.5, 0, true),
            List.of("write unavailability 2.50 s exceeds the objective 2s")),
        Arguments.of("lost-writes-default-zero", Runs.of(Scenario.CRASH_FAST_RESTART, false, 1, 3, true),
            List.of("3 acknowledged writes lost, the objective allows 0")),
        Arguments.of("partition-own-limit", Runs.of(Scenario.PARTITION, true, 1.5, 400, true), List.of()),
        Arguments.of("failover-without-promotion", Runs.of(Scenario.ONE_SENTINEL_DOWN, false, 1, 0, true),
            List.of("no replica was promoted")),
        Arguments.of("ip-churn-not-rejoined", Runs.of(Scenario.MASTER_NEW_IP, true, 1, 0, false),
            List.of("the cluster did not absorb the address change (the moved node rejoins, no sentinel keeps its "
                + "old address, and a second failover onto it succeeds)")),
        Arguments.of("majority-down-may-stay-unpromoted", Runs.of(Scenario.SENTINEL_MAJORITY_DOWN, false, 1.9, 0,
            true), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesRuns(String name, RunResult run, List<String> expected) {
    assertEquals(expected, Objectives.violations(OBJECTIVES, run));
  }
}
