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
 * Issue 7 acceptance: real drills of the four examples — every scenario but the fast restart on
 * the systemd example, crash and graceful stop on the others, the fast restart on the gateway
 * example with persistence off — plus the hostname-off configuration the drill must catch.
 */
class DrillLiveTest {
  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void vezaSystemdEveryScenarioButTheFastRestart() throws Exception {
    LiveDrill.requireMachine();
    ResolvedSpec spec = LiveDrill.example("veza-systemd");
    // sentinel-majority-down runs last: when the killed master restarts before the returning sentinels act,
    // it stays master and the cluster is left in a state the later scenarios cannot start from.
    DrillReport report = LiveDrill.drill(spec, "master-crash", "graceful-stop", "partition", "master-new-ip",
        "sentinel-majority-down");
    Path dir = Path.of("target", "drill-veza");
    report.write(dir);
    assertTrue(Files.readString(dir.resolve("timeline.svg")).contains("+switch-master"));
    double limit = spec.spec().sentinel().downAfter().toSeconds() + 3;
    assertCrash(report.runs().get(0), limit);
    assertGraceful(report.runs().get(1));
    RunResult churn = report.runs().get(3);
    assertTrue(churn.recovered() && churn.promoted() && churn.passed(), report.text());
    assertEquals(0, churn.lost(), report.text());
    RunResult majority = report.runs().get(4);
    assertFalse(majority.promotedWithoutMajority(), report.text());
    assertFalse(majority.twoRoutable(), report.text());
    assertTrue(majority.recovered(), "the returning sentinels fail over: " + report.text());
    RunResult partition = report.runs().get(2);
    assertTrue(partition.promoted(), report.text());
    assertTrue(partition.isolatedAccepted() > 0, "without min-replicas-to-write the isolated master accepts writes");
    assertTrue(partition.lost() >= partition.isolatedAccepted(), report.text());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void homelabKubernetesCrashAndGracefulStop() throws Exception {
    crashAndGraceful("homelab-k8s", "kubernetes");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void odooComposeCrashAndGracefulStop() throws Exception {
    crashAndGraceful("odoo-compose", "compose");
  }

  /**
   * The gateway example with persistence switched off (one boot for both, to save time): crash and
   * graceful stop keep every write, the fast restart wipes them (the persistence-off wipe).
   */
  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void gatewayKubernetesCrashGracefulAndPersistenceOffFastRestart() throws Exception {
    LiveDrill.requireMachine();
    String yaml = Variants.persistenceOff(LiveDrill.exampleYaml("gateway-k8s"));
    assertTrue(LiveDrill.check("persistence-off.yaml", yaml).diagnostics().stream()
        .anyMatch(d -> d.code().equals("RHC2007")), "the persistence-off-autorestart rule fires");
    ResolvedSpec spec = LiveDrill.resolve("persistence-off.yaml", yaml);
    DrillReport report = LiveDrill.drill(spec, "master-crash", "graceful-stop", "crash-fast-restart");
    assertEquals("kubernetes", report.layout());
    assertCrash(report.runs().get(0), spec.spec().sentinel().downAfter().toSeconds() + 3);
    assertGraceful(report.runs().get(1));
    RunResult run = report.runs().get(2);
    double kill = run.timeline().actions().get(0).at();
    long ackedBeforeCrash = run.timeline().writes().stream().filter(w -> w.acked() && w.at() < kill).count();
    assertTrue(ackedBeforeCrash >= 10, report.text());
    assertEquals(ackedBeforeCrash, run.lost(), "the wipe loses every write acknowledged before the crash: "
        + report.text());
    assertFalse(report.passed(), "maxLostWrites default 0 is broken: " + report.text());
  }

  /**
   * The drill catches what RHC3003 predicts: with sentinels announcing IP addresses, a node that returns
   * at a new address leaves its old one behind in the sentinels and the next failover does not complete.
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

  private static void crashAndGraceful(String example, String layout) throws Exception {
    LiveDrill.requireMachine();
    ResolvedSpec spec = LiveDrill.example(example);
    DrillReport report = LiveDrill.drill(spec, "master-crash", "graceful-stop");
    assertEquals(layout, report.layout());
    assertCrash(report.runs().get(0), spec.spec().sentinel().downAfter().toSeconds() + 3);
    assertGraceful(report.runs().get(1));
  }

  private static void assertCrash(RunResult r, double limit) {
    String what = r.scenario().id() + ": " + r;
    assertTrue(r.error().isEmpty(), what);
    assertTrue(r.promoted(), what);
    assertTrue(r.unavailability() <= limit, "crash unavailability " + r.unavailability() + " s > " + limit + " s");
    assertEquals(0, r.lost(), what);
    assertTrue(r.acked() >= 10, what);
  }

  private static void assertGraceful(RunResult r) {
    String what = r.scenario().id() + ": " + r;
    assertTrue(r.error().isEmpty(), what);
    assertTrue(r.promoted(), what);
    assertTrue(r.unavailability() <= 2.0, "graceful unavailability " + r.unavailability() + " s > 2 s");
    assertEquals(0, r.lost(), what);
  }

}
