package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.ResolvedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17: a TLS + ACL cluster (plaintext ports closed; replication, sentinels, HAProxy's checks and the scripts on
 * TLS and logged in as rhc's own least-privilege users, the default user off) meets the plaintext objectives: a
 * killed master fails over and a graceful stop hands over, no acknowledged write lost. The drill's probes and
 * observers reach every server over TLS only, so writes acknowledged at all prove the clients' path; the report says
 * TLS and ACL were on.
 */
class SecureDrillLiveTest {
  private static final int GRACEFUL_RUNS = 2;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"veza-systemd", "odoo-compose"})
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void failoverAndHandOverOverTlsWithAclUsers(String example) throws Exception {
    LiveDrill.requireMachine();
    ResolvedSpec spec = LiveDrill.resolve(example + "-tls-acl.yaml",
        Variants.acl(Variants.tls(LiveDrill.exampleYaml(example))));
    DrillReport report = LiveDrill.drill(spec, 1, "master-crash");
    DrillReport graceful = LiveDrill.drill(spec, GRACEFUL_RUNS, "graceful-stop");
    Path dir = Path.of("target", "drill-secure-" + example);
    graceful.write(dir);
    assertTrue(report.text().contains("host layout, TLS on every hop, ACL users)"), report.text());
    var json = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("report.json")));
    assertTrue(json.get("tls").asBoolean(), "report.json says TLS");
    assertEquals("acl", json.get("authMode").asText());

    RunResult crash = report.runs().get(0);
    assertTrue(crash.passed() && crash.promoted() && crash.lost() == 0 && crash.splitBrain().writes() == 0,
        report.text());
    assertTrue(crash.acked() >= 10, "the probe wrote over TLS before and after the crash: " + report.text());
    double limit = spec.spec().sentinel().downAfter().toSeconds() + 3;
    assertTrue(crash.unavailability() <= limit, crash.unavailability() + " s > " + limit + " s: " + report.text());

    assertEquals(GRACEFUL_RUNS, graceful.runs().size(), graceful.text());
    for (RunResult r : graceful.runs()) {
      assertTrue(r.passed() && r.promoted() && r.lost() == 0 && r.splitBrain().writes() == 0, graceful.text());
      assertTrue(r.unavailability() <= 2.5, "graceful hand-over over TLS " + r.unavailability() + " s: "
          + graceful.text());
    }
    assertTrue(graceful.runs().stream().anyMatch(r -> r.unavailability() <= 2.0),
        "a graceful hand-over over TLS within 2 s, as in plaintext: " + graceful.text());
  }
}
