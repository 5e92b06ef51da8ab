package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Severity;
import io.rhc.model.ResolvedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 7 acceptance: every scenario on each of the four examples (the gateway example with persistence
 * off, so its fast restart shows the wipe), the physics asserted, plus the hostname-off configuration
 * the drill must catch. sentinel-majority-down runs last everywhere: its aftermath is the hardest state
 * to start another scenario from.
 */
class DrillLiveTest {
  private static final String[] EVERY_SCENARIO = {"master-crash", "graceful-stop", "one-sentinel-down", "partition",
      "master-new-ip", "crash-fast-restart", "sentinel-majority-down"};

  @Test
  @Timeout(value = 420, unit = TimeUnit.SECONDS)
  void vezaSystemdEveryScenario() throws Exception {
    LiveDrill.requireMachine();
    ResolvedSpec spec = LiveDrill.example("veza-systemd");
    DrillReport report = LiveDrill.drill(spec, EVERY_SCENARIO);
    Path dir = Path.of("target", "drill-veza");
    report.write(dir);
    assertTrue(Files.readString(dir.resolve("timeline.svg")).contains("+switch-master"));
    assertEquals("systemd", report.layout());
    assertPhysics(spec, report);
    RunResult partition = run(report, "partition");
    assertTrue(partition.isolatedAccepted() > 0, "without min-replicas-to-write the isolated master accepts writes");
    assertTrue(partition.lost() >= partition.isolatedAccepted(), report.text());
  }

  @Test
  @Timeout(value = 420, unit = TimeUnit.SECONDS)
  void homelabKubernetesEveryScenario() throws Exception {
    everyScenario("homelab-k8s", "kubernetes");
  }

  @Test
  @Timeout(value = 420, unit = TimeUnit.SECONDS)
  void odooComposeEveryScenario() throws Exception {
    everyScenario("odoo-compose", "compose");
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
    assertPhysics(spec, report);
    RunResult wipe = run(report, "crash-fast-restart");
    double kill = wipe.timeline().actions().get(0).at();
    long ackedBeforeCrash = wipe.timeline().writes().stream().filter(w -> w.acked() && w.at() < kill).count();
    assertTrue(ackedBeforeCrash >= 10, report.text());
    assertEquals(ackedBeforeCrash, wipe.lost(), "the wipe loses every write acknowledged before the crash: "
        + report.text());
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

  private static void everyScenario(String example, String layout) throws Exception {
    LiveDrill.requireMachine();
    ResolvedSpec spec = LiveDrill.example(example);
    DrillReport report = LiveDrill.drill(spec, EVERY_SCENARIO);
    assertEquals(layout, report.layout());
    assertPhysics(spec, report);
  }

  /** What issue 7 asks of every example; the partition and the fast restart are reported, not judged here. */
  private static void assertPhysics(ResolvedSpec spec, DrillReport report) {
    assertEquals(EVERY_SCENARIO.length, report.runs().size(), report.text());
    report.runs().forEach(r -> assertTrue(r.error().isEmpty(), r.scenario().id() + ": " + report.text()));
    double limit = spec.spec().sentinel().downAfter().toSeconds() + 3;
    assertCrash(run(report, "master-crash"), limit, report);
    assertCrash(run(report, "one-sentinel-down"), limit, report);
    RunResult graceful = run(report, "graceful-stop");
    assertTrue(graceful.promoted(), report.text());
    assertTrue(graceful.unavailability() <= 2.0, "graceful unavailability " + graceful.unavailability() + " s > 2 s: "
        + report.text());
    assertEquals(0, graceful.lost(), report.text());
    RunResult churn = run(report, "master-new-ip");
    assertTrue(churn.recovered() && churn.promoted() && churn.passed(), report.text());
    assertEquals(0, churn.lost(), report.text());
    RunResult majority = run(report, "sentinel-majority-down");
    assertFalse(majority.promotedWithoutMajority(), report.text());
    assertFalse(majority.twoRoutable(), report.text());
    assertTrue(majority.recovered(), "the returning sentinels fail over: " + report.text());
    assertTrue(run(report, "partition").promoted(), report.text());
  }

  private static void assertCrash(RunResult r, double limit, DrillReport report) {
    assertTrue(r.promoted(), r.scenario().id() + ": " + report.text());
    assertTrue(r.unavailability() <= limit, r.scenario().id() + " unavailability " + r.unavailability() + " s > "
        + limit + " s: " + report.text());
    assertEquals(0, r.lost(), report.text());
    assertTrue(r.acked() >= 10, report.text());
  }

  private static RunResult run(DrillReport report, String scenario) {
    return report.runs().stream().filter(r -> r.scenario().id().equals(scenario)).findFirst().orElseThrow();
  }
}
