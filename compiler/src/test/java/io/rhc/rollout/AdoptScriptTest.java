package io.rhc.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The adopt plan's steps and its script, for every target: shellcheck-clean, in the order that loses nothing. */
class AdoptScriptTest {
  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({"veza-systemd, systemd", "odoo-compose, compose", "homelab-k8s, kubernetes"})
  void adoptScriptsPassShellcheck(String example, String target, @TempDir Path dir) throws Exception {
    Spec spec = ExampleSpec.of(example).spec();
    AdoptSource source = new AdoptSource("old-redis.internal", 6379, List.of("old-redis.internal:26379"),
        Optional.of("mymaster"));
    RolloutPlan plan = new AdoptPlanner().plan(source, spec, ClusterCommands.of(target));
    Path script = dir.resolve("adopt.sh");
    Files.writeString(script, RolloutScript.renderAdopt(plan, source, spec, ClusterCommands.of(target)));
    Process p = new ProcessBuilder("shellcheck", "-s", "sh", script.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"veza-systemd, systemd", "homelab-k8s, kubernetes"})
  void stepsDetachReplicateSwitchThenHandTheClientsOver(String example, String target) {
    Spec spec = ExampleSpec.of(example).spec();
    RolloutPlan plan = new AdoptPlanner().plan(new AdoptSource("10.0.0.9", 6380, List.of(), Optional.empty()), spec,
        ClusterCommands.of(target));
    List<String> actions = plan.steps().stream().map(Step::action).toList();
    assertEquals(6, actions.size(), actions.toString());
    assertTrue(actions.get(0).startsWith("Check the old server 10.0.0.9:6380"));
    assertTrue(actions.get(1).startsWith("Detach the new cluster's sentinels"));
    assertTrue(actions.get(2).startsWith("Make node 0 replicate from the old server"));
    assertTrue(actions.get(3).startsWith("Switch"));
    assertTrue(actions.get(4).startsWith("Point every client at the new cluster"));
    assertTrue(actions.get(5).startsWith("SENTINEL RESET"));
    assertEquals(1, plan.handOvers(), "one bounded switch");
    assertEquals(List.of("rhc_by_hand"), plan.steps().get(4).script());
    assertTrue(plan.steps().get(3).commands().stream().anyMatch(c -> c.endsWith("CLIENT PAUSE 10000 WRITE")));
    // the new cluster's RDB reader: redis 8.6 reads every line up to format 13, valkey 9 writes 80
    List<String> readable = AdoptPlanner.readablePatterns(ExampleSpec.of("homelab-k8s").spec());
    assertTrue(readable.contains("redis:7.4.*") && readable.contains("valkey:8.*"), readable.toString());
    assertTrue(readable.stream().noneMatch(p -> p.startsWith("valkey:9")), readable.toString());
  }
}
