package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.ResolvedSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rollout drill's chain checks, objectives and stand-in scripts, without booting anything. */
class RolloutDrillTest {
  private static final RolloutDrill DRILL = new RolloutDrill(line -> {});

  @Test
  void refusesAChainItCannotDrillBeforeTouchingTheMachine() throws Exception {
    List<ResolvedSpec> chain = RolloutDrillLiveTest.chain();
    DrillException one = assertThrows(DrillException.class, () -> DRILL.run(chain.subList(0, 1), List.of("a")));
    assertEquals(DrillException.Kind.USAGE, one.kind());
    DrillException same = assertThrows(DrillException.class, () -> DRILL.run(List.of(chain.get(2), chain.get(2)),
        List.of("a.yaml", "b.yaml")));
    assertTrue(same.getMessage().contains("change 1 (a.yaml -> b.yaml) changes nothing"), same.getMessage());
    ResolvedSpec moved = LiveDrill.resolve("moved.yaml", yaml("2-memory.yaml").replace("port: 6380", "port: 6390"));
    DrillException port = assertThrows(DrillException.class, () -> DRILL.run(List.of(chain.get(2), moved),
        List.of("a.yaml", "b.yaml")));
    assertTrue(port.getMessage().contains("keeps the cluster name, the ports and HAProxy"), port.getMessage());
    ResolvedSpec tls = LiveDrill.resolve("tls.yaml", yaml("2-memory.yaml").replace("  systemd:\n", "  tls: {enabled: true,"
        + " certificateFile: /t/c.pem, keyFile: /t/k.pem, caFile: /t/ca.pem}\n  systemd:\n"));
    DrillException toTls = assertThrows(DrillException.class, () -> DRILL.run(List.of(chain.get(2), tls),
        List.of("a.yaml", "b.yaml")));
    assertTrue(toTls.getMessage().contains("has an operator step the drill cannot carry out (spec.tls"),
        toTls.getMessage());
    ResolvedSpec off = LiveDrill.resolve("off.yaml", yaml("0-base.yaml"));
    DrillException guided = assertThrows(DrillException.class, () -> DRILL.run(List.of(chain.get(1), off),
        List.of("a.yaml", "b.yaml")));
    assertTrue(guided.getMessage().contains("has an operator step the drill cannot carry out (spec.auth.mode)"),
        guided.getMessage());
  }

  @Test
  void objectivesAllowOneSwitchPerHandOverAndProxyRestartAndNothingElse() {
    RolloutReport.StepResult quiet = step(RolloutReport.Expected.NONE, 0.9, 0, 0, false);
    RolloutReport.StepResult slow = step(RolloutReport.Expected.NONE, 1.2, 0, 0, false);
    RolloutReport.StepResult handOver = step(RolloutReport.Expected.HAND_OVER, 1.9, 0, 0, false);
    RolloutReport.StepResult longHandOver = step(RolloutReport.Expected.HAND_OVER, 2.1, 0, 0, false);
    RolloutReport.StepResult lossy = step(RolloutReport.Expected.NONE, 0.1, 2, 0, false);
    RolloutReport.StepResult stale = step(RolloutReport.Expected.PROXY_RESTARTS, 0.5, 0, 0, true);
    RolloutReport.StepResult split = step(RolloutReport.Expected.HAND_OVER, 0.5, 0, 3, true);
    assertTrue(quiet.violations().isEmpty() && handOver.violations().isEmpty());
    assertEquals(List.of("no acknowledged write for 1.20 s (a step without a switch allows 1 s)"), slow.violations());
    assertEquals(1, longHandOver.violations().size());
    assertEquals(List.of("2 acknowledged writes lost"), lossy.violations());
    assertTrue(stale.violations().isEmpty(), "a stale proxy whose master refuses writes is reported, not failed");
    assertEquals(List.of("split brain: 3 writes acknowledged by a superseded master while its successor took writes"),
        split.violations());
    RolloutReport.ChangeResult applied = new RolloutReport.ChangeResult(1, "a", "b", "live", 4, true, List.of(),
        List.of());
    RolloutReport passing = new RolloutReport("c", 1, List.of(applied), List.of(quiet, handOver), 100, 0, "n");
    assertTrue(passing.passed(), passing.text());
    RolloutReport losing = new RolloutReport("c", 1, List.of(applied), List.of(quiet, lossy), 100, 2, "n");
    assertTrue(!losing.passed() && losing.text().contains("2 acknowledged writes were lost"), losing.text());
    RolloutReport stopped = new RolloutReport("c", 2, List.of(applied), List.of(quiet), 100, 0, "n");
    assertTrue(stopped.violations().contains("1 of 2 changes did not run"), stopped.text());
  }

  @Test
  void configValuesCompareInBytesAsConfigGetPrintsThem() {
    assertEquals("943718400", RolloutChecks.normalised("900mb"));
    assertEquals("1000000", RolloutChecks.normalised("1m"));
    assertEquals("1073741824", RolloutChecks.normalised("1GB"));
    assertEquals("volatile-lru", RolloutChecks.normalised("volatile-lru"));
  }

  @Test
  void standInScriptsPassShellcheck(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/shellcheck")));
    List<String> command = new ArrayList<>(List.of("shellcheck", "-s", "sh"));
    for (Map.Entry<String, String> e : RolloutHosts.scripts().entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      command.add(e.getKey());
    }
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
  }

  private static RolloutReport.StepResult step(RolloutReport.Expected expected, double gap, int lost, int split,
      boolean two) {
    return new RolloutReport.StepResult(1, 1, "a step", expected, gap, lost, split, two);
  }

  private static String yaml(String name) throws Exception {
    return Files.readString(LiveDrill.repo().resolve("drill/src/test/resources/rollout").resolve(name));
  }
}
