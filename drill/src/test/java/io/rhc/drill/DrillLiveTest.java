package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Severity;
import io.rhc.model.ResolvedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 7 acceptance: every scenario on each of the four examples (the gateway example with persistence
 * off, so its fast restart shows the wipe), the physics asserted, plus the hostname-off configuration
 * the drill must catch. sentinel-majority-down runs last everywhere: its aftermath is the hardest state
 * to start another scenario from.
 */
class DrillLiveTest {
  private static final String[] EVERY_SCENARIO = {"master-crash", "graceful-stop", "one-sentinel-down", "partition",
      "master-new-ip", "crash-fast-restart", "sentinel-majority-down"};
  /** Every scenario but the two switchovers, which {@link #switchoversNeverSplit} repeats ten times. */
  private static final String[] EVERY_BUT_SWITCHOVERS = {"master-crash", "one-sentinel-down", "partition",
      "crash-fast-restart", "sentinel-majority-down"};
  private static final int SWITCHOVER_RUNS = 10;

  @Test
  @Timeout(value = 420, unit = TimeUnit.SECONDS)
  void vezaSystemdEveryScenario() throws Exception {
    LiveDrill.requireMachine();
    ResolvedSpec spec = LiveDrill.example("veza-systemd");
    DrillReport report = LiveDrill.drill(spec, EVERY_BUT_SWITCHOVERS);
    Path dir = Path.of("target", "drill-veza");
    report.write(dir);
    assertTrue(Files.readString(dir.resolve("timeline.svg")).contains("+switch-master"));
    assertEquals("systemd", report.layout());
    assertPhysics(spec, report, EVERY_BUT_SWITCHOVERS);
    RunResult partition = run(report, "partition");
    assertEquals(0, spec.spec().replication().minReplicasToWrite(), "veza keeps no must-survive data");
    assertTrue(partition.lost() > 0 && partition.verdict().startsWith("pass, " + partition.lost() + " lost ("),
        "without min-replicas-to-write the isolated master's writes are lost, and the verdict says so: "
            + report.text());
  }

  /**
   * Issue 15: ten graceful stops and ten master moves on the systemd and the compose example never let two
   * masters take writes, lose no acknowledged write, and a graceful stop costs the client at most 2 s.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"veza-systemd", "odoo-compose"})
  @Timeout(value = 1200, unit = TimeUnit.SECONDS)
  void switchoversNeverSplit(String example) throws Exception {
    LiveDrill.requireMachine();
    ResolvedSpec spec = LiveDrill.example(example);
    DrillReport report = LiveDrill.drill(spec, SWITCHOVER_RUNS, "graceful-stop", "master-new-ip");
    report.write(Path.of("target", "drill-switchovers-" + example));
    assertEquals(2 * SWITCHOVER_RUNS, report.runs().size(), report.text());
    for (RunResult r : report.runs()) {
      String at = r.scenario().id() + " run " + r.run() + ": " + report.text();
      assertTrue(r.error().isEmpty() && r.passed(), at);
      assertEquals(0, r.splitBrain().writes(), at);
      assertEquals(0, r.lost(), at);
      assertTrue(r.acked() >= 10, at);
      if (r.scenario() == Scenario.GRACEFUL_STOP) {
        assertTrue(r.unavailability() <= GRACEFUL_CEILING, "graceful unavailability " + r.unavailability() + " s > "
            + GRACEFUL_CEILING + " s: " + at);
      }
    }
    long within = report.runs().stream().filter(r -> r.scenario() == Scenario.GRACEFUL_STOP)
        .filter(r -> r.unavailability() <= 2.0).count();
    assertTrue(within >= SWITCHOVER_RUNS - 1, within + " of " + SWITCHOVER_RUNS + " graceful runs within 2 s: "
        + report.text());
  }

  /**
   * A graceful hand-over waits for Sentinel, which polls a promoted replica's INFO once a second during a failover
   * (hard-coded in sentinel.c); the stop hook asks when the replica's last INFO is 0.5 s old, so SLAVEOF NO ONE
   * comes before the next one. On 2 cores 20 hand-overs of the compose example cost clients 0.65-0.79 s (promotion
   * 0.53-0.66 s); a request that misses the phase waits one more second. Nine of ten runs must stay within 2 s
   * and none may pass this ceiling.
   */
  private static final double GRACEFUL_CEILING = 2.5;

  @Test
  @Timeout(value = 420, unit = TimeUnit.SECONDS)
  void homelabKubernetesEveryScenario() throws Exception {
    everyScenario("homelab-k8s", "kubernetes", EVERY_SCENARIO);
  }

  @Test
  @Timeout(value = 420, unit = TimeUnit.SECONDS)
  void odooComposeEveryScenario() throws Exception {
    everyScenario("odoo-compose", "compose", EVERY_BUT_SWITCHOVERS);
  }

  /** The gateway example with persistence switched off: the fast restart wipes every acknowledged write. */
  @Test
  @Timeout(value = 420, unit = TimeUnit.SECONDS)
  void gatewayKubernetesPersistenceOffEveryScenario() throws Exception {
    LiveDrill.requireMachine();
    String yaml = Variants.persistenceOff(LiveDrill.exampleYaml("gateway-k8s"));
    assertTrue(LiveDrill.check("persistence-off.yaml", yaml).diagnostics().stream()
        .anyMatch(d -> d.code().equals("RHC2007")), "the persistence-off-autorestart rule fires");
    ResolvedSpec spec = LiveDrill.resolve("persistence-off.yaml", yaml);
    DrillReport report = LiveDrill.drill(spec, EVERY_SCENARIO);
    assertEquals("kubernetes", report.layout());
    assertPhysics(spec, report, EVERY_SCENARIO);
    RunResult wipe = run(report, "crash-fast-restart");
    double kill = wipe.timeline().actions().get(0).at();
    long ackedBeforeCrash = wipe.timeline().writes().stream().filter(w -> w.acked() && w.at() < kill).count();
    assertTrue(ackedBeforeCrash >= 10, report.text());
    ProbeResult main = wipe.probes().get(0);
    assertEquals(ackedBeforeCrash, main.lost(), "the wipe loses every write " + main.name()
        + " had acknowledged before the crash: " + report.text());
    assertTrue(wipe.lost() >= main.lost(), report.text());
    assertFalse(wipe.passed(), "maxLostWrites default 0 is broken: " + report.text());
  }

  /**
   * The drill catches what RHC3003 predicts: with sentinels announcing IP addresses, a node that returns
   * at a new address leaves its old one behind in the sentinels and the IP-churn objective fails.
   */
  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void hostnameAnnouncementOffFailsTheIpChurnObjective() throws Exception {
    LiveDrill.requireMachine();
    String yaml = Variants.announceIps(LiveDrill.exampleYaml("veza-systemd"));
    assertTrue(LiveDrill.check("announce-ips.yaml", yaml).diagnostics().stream()
        .anyMatch(d -> d.code().equals("RHC3003") && d.severity() == Severity.ERROR), "the hostname-mode rule fires");
    ResolvedSpec spec = LiveDrill.resolve("announce-ips.yaml",
        Variants.ignoring(yaml, "RHC3003", "drill: what an IP-announcing cluster does when a node moves"));
    DrillReport report = LiveDrill.drill(spec, "master-new-ip");
    RunResult churn = report.runs().get(0);
    assertFalse(churn.recovered(), report.text());
    assertTrue(churn.violations().stream().anyMatch(v -> v.contains("address change")), report.text());
    assertFalse(report.passed(), report.text());
  }

  /**
   * The examples with must-survive data (homelab's queues; odoo sets min-replicas-to-write 1 itself): the partition
   * loses nothing through the majority side's HAProxies and, on the isolated side, only what the isolated master
   * acknowledged within min-replicas-max-lag (plus Redis's whole-second lag clock) of the cut.
   */
  private static void everyScenario(String example, String layout, String... scenarios) throws Exception {
    LiveDrill.requireMachine();
    ResolvedSpec spec = LiveDrill.example(example);
    DrillReport report = LiveDrill.drill(spec, scenarios);
    assertEquals(layout, report.layout());
    assertPhysics(spec, report, scenarios);
    RunResult partition = run(report, "partition");
    assertEquals(1, spec.spec().replication().minReplicasToWrite(), report.text());
    assertTrue(partition.passed(), report.text());
    assertEquals(0, partition.lostThroughMajorityProxies(), report.text());
    double bound = spec.spec().replication().minReplicasMaxLag().toMillis() / 1000.0 + Objectives.LAG_CLOCK_SECONDS;
    assertFalse(partition.isolatedSide().isEmpty(), report.text());
    partition.isolatedSide().forEach(p -> assertTrue(p.isolated().orElseThrow().window() <= bound, p.name() + ": " + report.text()));
  }

  /** What issues 7 and 15 ask of every example; the fast restart is reported, not judged here. */
  private static void assertPhysics(ResolvedSpec spec, DrillReport report, String... scenarios) {
    assertEquals(scenarios.length, report.runs().size(), report.text());
    report.runs().forEach(r -> assertTrue(r.error().isEmpty(), r.scenario().id() + ": " + report.text()));
    report.runs().forEach(r -> assertEquals(0, r.splitBrain().writes(), r.scenario().id() + ": " + report.text()));
    double limit = spec.spec().sentinel().downAfter().toSeconds() + 3;
    assertCrash(spec, run(report, "master-crash"), limit, report);
    assertCrash(spec, run(report, "one-sentinel-down"), limit, report);
    if (List.of(scenarios).contains("graceful-stop")) {
      RunResult graceful = run(report, "graceful-stop");
      assertTrue(graceful.promoted(), report.text());
      assertTrue(graceful.unavailability() <= GRACEFUL_CEILING, "graceful unavailability " + graceful.unavailability()
          + " s > " + GRACEFUL_CEILING + " s: " + report.text());
      assertEquals(0, graceful.lost(), report.text());
    }
    if (List.of(scenarios).contains("master-new-ip")) {
      RunResult churn = run(report, "master-new-ip");
      assertTrue(churn.recovered() && churn.promoted() && churn.passed(), report.text());
      assertEquals(0, churn.lost(), report.text());
    }
    RunResult majority = run(report, "sentinel-majority-down");
    assertFalse(majority.promotedWithoutMajority(), report.text());
    assertFalse(majority.twoRoutable(), report.text());
    assertTrue(majority.recovered(), "the returning sentinels fail over: " + report.text());
    assertTrue(run(report, "partition").promoted(), report.text());
  }

  /**
   * A crash fails over within the down-after plus 3 s, unless the sentinels split their votes: then Sentinel's
   * second election, two failover-timeouts later, bounds it (the report must say so).
   */
  private static void assertCrash(ResolvedSpec spec, RunResult r, double limit, DrillReport report) {
    assertTrue(r.promoted(), r.scenario().id() + ": " + report.text());
    double bound = r.electionRetried() ? limit + 2 * spec.spec().sentinel().failoverTimeout().toSeconds() + 2 : limit;
    assertTrue(!r.electionRetried() || r.notes().stream().anyMatch(n -> n.contains("split their votes")),
        report.text());
    assertTrue(r.unavailability() <= bound, r.scenario().id() + " unavailability " + r.unavailability() + " s > "
        + bound + " s: " + report.text());
    assertEquals(0, r.lost(), report.text());
    assertTrue(r.acked() >= 10, report.text());
  }

  private static RunResult run(DrillReport report, String scenario) {
    return report.runs().stream().filter(r -> r.scenario().id().equals(scenario)).findFirst().orElseThrow();
  }
}
