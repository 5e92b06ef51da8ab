package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.ByteSize;
import io.rhc.model.Drill;
import io.rhc.model.OutputBufferLimit;
import io.rhc.model.Replication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObjectivesTest {
  private static final Drill OBJECTIVES = new Drill(List.of("master-crash"),
      Map.of("master-crash", Duration.ofSeconds(8), "default", Duration.ofSeconds(2)),
      Map.of("default", 0, "partition", 500));

  private static final Replication NO_MIN_REPLICAS = replication(0);

  static Replication replication(int minReplicasToWrite) {
    return new Replication(ByteSize.ofBytes(1 << 20), new OutputBufferLimit(ByteSize.ofBytes(1 << 26),
        ByteSize.ofBytes(1 << 24), 60), minReplicasToWrite, Duration.ofSeconds(2), true);
  }

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

  @Test
  void splitBrainIsAFailureInEveryScenario() {
    for (Scenario scenario : Scenario.values()) {
      RunResult split = withSplit(Runs.of(scenario, true, 1, 0, true), new SplitBrain(3, 0.4, 2));
      assertTrue(Objectives.violations(OBJECTIVES, NO_MIN_REPLICAS, split).contains("split brain: 3 writes through "
          + "HAProxy acknowledged by a superseded master over 0.40 s while its successor took writes"), scenario.id());
    }
  }

  @Test
  void partitionWithMinReplicasLosesNothingOnTheMajoritySideAndOnlyTheLagOnTheOther() {
    RunResult bounded = partition(0, 4.4);
    assertEquals(List.of(), Objectives.violations(OBJECTIVES, replication(1), bounded));
    RunResult majorityLoss = partition(2, 1.0);
    assertEquals(List.of("2 acknowledged writes through the majority side's HAProxies lost"),
        Objectives.violations(OBJECTIVES, replication(1), majorityLoss));
    RunResult longWindow = partition(0, 4.6);
    assertEquals(List.of("the isolated master acknowledged writes direct to node-a for 4.60 s after the cut; "
        + "min-replicas-max-lag 2s bounds that to 4.5 s"), Objectives.violations(OBJECTIVES, replication(1), longWindow));
    assertEquals(List.of(), Objectives.violations(OBJECTIVES, NO_MIN_REPLICAS, longWindow),
        "without min-replicas-to-write the window is only reported");
  }

  @Test
  void aPassingRunThatLostWritesSaysWhatAllowedIt() {
    RunResult allowed = Objectives.judge(OBJECTIVES, NO_MIN_REPLICAS, Runs.of(Scenario.PARTITION, true, 1.5, 116,
        true));
    assertTrue(allowed.passed());
    assertEquals("pass, 116 lost (allowed: partition ≤ 500)", allowed.verdict());
    Drill none = Drill.none(List.of("partition"));
    assertEquals("pass, 116 lost (no objective limits lost writes)", Objectives.judge(none, NO_MIN_REPLICAS,
        Runs.of(Scenario.PARTITION, true, 1.5, 116, true)).verdict());
    assertEquals("pass", Objectives.judge(none, NO_MIN_REPLICAS, Runs.of(Scenario.PARTITION, true, 1.5, 0, true))
        .verdict());
  }

  private static RunResult withSplit(RunResult r, SplitBrain split) {
    return new RunResult(r.scenario(), r.run(), r.oldMaster(), r.newMaster(), r.promoted(), false, r.unavailability(),
        r.promotion(), r.probes(), split, true, 2, r.recovered(), false, r.notes(), List.of(), Optional.empty(),
        Optional.empty(), r.timeline());
  }

  private static RunResult partition(int majorityLost, double window) {
    RunResult r = Runs.of(Scenario.PARTITION, true, 1.5, 0, true);
    List<ProbeResult> probes = List.of(new ProbeResult("via haproxy on proxy-0", true, 100, majorityLost,
        Optional.empty()), new ProbeResult("direct to node-a", false, 80, 40,
        Optional.of(new ProbeResult.IsolatedWrites(window, 3))));
    return new RunResult(r.scenario(), r.run(), r.oldMaster(), r.newMaster(), true, false, 1.5, r.promotion(), probes,
        SplitBrain.NONE, false, 2, true, false, r.notes(), List.of(), Optional.empty(), Optional.empty(), r.timeline());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void judgesRuns(String name, RunResult run, List<String> expected) {
    assertEquals(expected, Objectives.violations(OBJECTIVES, NO_MIN_REPLICAS, run));
  }
}
