package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.ResolvedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 16 acceptance: one cluster taken through every change family {@code rhc rollout} plans, each applied by
 * its generated systemd script while writes flow through every proxy: auth none to password (guided), maxmemory
 * and eviction policy (live), sentinel timing (live), an engine version (rolling, one hand-over), two more data
 * nodes, three to five sentinels and back (topology).
 */
class RolloutDrillLiveTest {
  static final List<String> CHAIN = List.of("0-base.yaml", "1-auth.yaml", "2-memory.yaml", "3-timing.yaml",
      "4-version.yaml", "5-nodes.yaml", "6-sentinels.yaml", "7-sentinels-back.yaml");

  static List<ResolvedSpec> chain() throws Exception {
    List<ResolvedSpec> specs = new ArrayList<>();
    for (String name : CHAIN) {
      Path file = LiveDrill.repo().resolve("drill/src/test/resources/rollout").resolve(name);
      specs.add(LiveDrill.resolve(name, Files.readString(file)));
    }
    return specs;
  }

  @Test
  @Timeout(value = 1200, unit = TimeUnit.SECONDS)
  void everyChangeFamilyRollsWithoutLossOrSplit() throws Exception {
    LiveDrill.requireMachine();
    RolloutReport report = new RolloutDrill(line -> System.out.println("[rollout] " + line)).run(chain(), CHAIN);
    String text = report.text();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "rollout-drill.txt"), text);
    assertTrue(report.passed(), text);
    assertEquals(List.of("guided", "live", "live", "rolling restart", "topology", "topology, live", "topology, live"),
        report.changes().stream().map(RolloutReport.ChangeResult::kinds).toList(), text);
    assertTrue(report.changes().stream().allMatch(c -> c.applied() && c.mismatches().isEmpty()), text);
    assertEquals(0, report.lost(), text);
    for (RolloutReport.StepResult s : report.steps()) {
      assertEquals(0, s.lost(), text);
      assertEquals(0, s.split(), text);
    }
    List<RolloutReport.StepResult> handOvers = report.steps().stream()
        .filter(s -> s.expected() == RolloutReport.Expected.HAND_OVER).toList();
    assertEquals(1, handOvers.size(), "the version change hands the master over once: " + text);
    assertEquals(4, handOvers.get(0).change(), text);
    assertTrue(handOvers.get(0).gap() <= RolloutReport.HAND_OVER_LIMIT_S, text);
    assertTrue(report.steps().stream().filter(s -> s.expected() == RolloutReport.Expected.NONE)
        .allMatch(s -> s.gap() <= RolloutReport.STEP_LIMIT_S), text);
  }

  /**
   * Issue 17: an ACL password rotation, A to A+B to B, rolls out live (rhc-init.sh acl-apply on every node) with
   * writes flowing through every proxy; after each change the nodes' ACL LIST holds the new spec's users with as
   * many password hashes as it lists.
   */
  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aclPasswordRotationRollsLive() throws Exception {
    LiveDrill.requireMachine();
    List<String> names = List.of("0-app-a.yaml", "1-app-a-and-b.yaml", "2-app-b.yaml");
    List<ResolvedSpec> specs = new ArrayList<>();
    for (String name : names) {
      Path file = LiveDrill.repo().resolve("drill/src/test/resources/rollout-acl").resolve(name);
      specs.add(LiveDrill.resolve(name, Files.readString(file)));
    }
    RolloutReport report = new RolloutDrill(line -> System.out.println("[rollout] " + line)).run(specs, names);
    String text = report.text();
    assertTrue(report.passed(), text);
    assertEquals(List.of("live", "live"), report.changes().stream().map(RolloutReport.ChangeResult::kinds).toList(),
        text);
    assertTrue(report.changes().stream().allMatch(c -> c.applied() && c.mismatches().isEmpty()), text);
    assertTrue(text.contains("Apply the new ACL users on every data node (rhc-init.sh acl-apply)"), text);
    assertEquals(0, report.lost(), text);
    assertTrue(report.steps().stream().allMatch(s -> s.split() == 0 && s.gap() <= RolloutReport.STEP_LIMIT_S), text);
  }
}
