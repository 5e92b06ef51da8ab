package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rhc rollout} end to end: the plan, its JSON form, refusals at their place in NEW, and the README's copy. */
class RolloutCommandTest {
  private static final String VEZA = "../examples/veza-systemd/spec.yaml";
  private static final String VEZA_74 = "../docs/rollout/veza-7.4.yaml";

  @Test
  void theReadmeShowsThePlanTheToolPrints() throws IOException {
    CliRun run = CliRun.of("rollout", VEZA, VEZA_74);
    assertEquals(ExitCodes.OK, run.code(), run.err());
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String shown = run.out().replace("../", "");
    assertTrue(readme.contains("$ rhc rollout examples/veza-systemd/spec.yaml docs/rollout/veza-7.4.yaml\n" + shown
        + "```"), "README's plan is stale; paste:\n" + shown);
  }

  @Test
  void anEngineUpgradeRestartsReplicasBeforeTheMaster() {
    String plan = CliRun.of("rollout", VEZA, VEZA_74).out();
    int live = plan.indexOf("CONFIG SET maxmemory 900mb");
    int replicas = plan.indexOf("Restart each replica");
    int master = plan.indexOf("Restart the master last");
    assertTrue(live > 0 && live < replicas && replicas < master, plan);
    assertTrue(plan.contains("RDB format 12, which redis 7.2.7 cannot load"), plan);
    assertTrue(plan.contains("1 master hand-over"), plan);
  }

  @Test
  void jsonIsTheSamePlan() throws IOException {
    CliRun run = CliRun.of("rollout", "--format=json", VEZA, VEZA_74);
    assertEquals(ExitCodes.OK, run.code(), run.err());
    JsonNode plan = JsonMapper.builder().build().readTree(run.out());
    assertTrue(plan.get("runnable").asBoolean());
    assertEquals(1, plan.get("handOvers").asInt());
    assertEquals("systemd", plan.get("target").asString());
    assertTrue(plan.get("changes").valueStream().anyMatch(c -> c.get("path").asString().equals("spec.memory.maxmemory")
        && c.get("kind").asString().equals("live") && c.at("/live/command").asString().equals("CONFIG SET maxmemory 900mb")),
        run.out());
    assertEquals(9, plan.get("steps").size(), run.out());
  }

  @Test
  void aRefusedChangeIsAnErrorAtItsPlaceInNew(@TempDir Path dir) throws IOException {
    Path renamed = dir.resolve("renamed.yaml");
    String text = Files.readString(Path.of(VEZA), StandardCharsets.UTF_8);
    Files.writeString(renamed, text.replace("masterName: veza-master", "masterName: veza-main"));
    CliRun run = CliRun.of("rollout", "--color=never", VEZA, renamed.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code());
    int line = text.lines().toList().indexOf("    masterName: veza-master") + 1;
    assertTrue(run.err().contains(renamed + ":" + line + ":5: error[RHC0301] spec.sentinel.masterName"), run.err());
    assertTrue(run.err().contains("hint: Every client"), run.err());
    assertTrue(run.out().contains("no plan: 1 change cannot be rolled out"), run.out());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void scriptIsWrittenOnlyForARunnablePlan(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of("rollout", "--script", dir.resolve("s").toString(), VEZA, VEZA_74);
    assertEquals(ExitCodes.OK, run.code(), run.err());
    String script = Files.readString(dir.resolve("s/rollout.sh"));
    assertTrue(script.startsWith("#!/bin/sh\n"), script);
    assertTrue(script.indexOf("restart_node \"$i\"") < script.indexOf("restart_node \"$old\""), script);
    Path renamed = Files.writeString(dir.resolve("renamed.yaml"), Files.readString(Path.of(VEZA))
        .replace("masterName: veza-master", "masterName: veza-main"));
    assertEquals(ExitCodes.SPEC_ERRORS, CliRun.of("rollout", "--script", dir.resolve("t").toString(), VEZA,
        renamed.toString()).code());
    assertFalse(Files.exists(dir.resolve("t")));
  }

  @Test
  void specsWithErrorsAreNotPlanned(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(Path.of(VEZA)).replace("count: 3\n  sentinel", "count: 3\n    bogus: 1\n  sentinel"));
    CliRun run = CliRun.of("rollout", "--color=never", VEZA, broken.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code());
    assertTrue(run.err().contains("error[RHC0101]"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void sameSpecsNeedNothingAndATargetIsChecked() {
    CliRun same = CliRun.of("rollout", VEZA, VEZA);
    assertEquals(ExitCodes.OK, same.code(), same.err());
    assertTrue(same.out().contains("nothing to change"), same.out());
    assertEquals(ExitCodes.USAGE, CliRun.of("rollout", "--target", "nomad", VEZA, VEZA).code());
  }

  @Test
  void adoptPlansTheCutOverFromARunningRedis(@TempDir Path dir) throws IOException {
    String homelab = "../examples/homelab-k8s/spec.yaml";
    CliRun run = CliRun.of("rollout", "--adopt", "old-redis.internal:6379", "--adopt-sentinel", "s1.internal:26379",
        "--adopt-master-name", "mymaster", "--script", dir.toString(), homelab);
    assertEquals(ExitCodes.OK, run.code(), run.err());
    String plan = run.out();
    assertTrue(plan.startsWith("adopt old-redis.internal:6379 -> " + homelab + " (kubernetes)\n"), plan);
    int detach = plan.indexOf("SENTINEL REMOVE redis-v2");
    int follow = plan.indexOf("REPLICAOF old-redis.internal 6379");
    int oldSentinels = plan.indexOf("redis-cli -h s1.internal -p 26379 SENTINEL REMOVE mymaster");
    int pause = plan.indexOf("CLIENT PAUSE 10000 WRITE");
    int promote = plan.indexOf("REPLICAOF NO ONE");
    int reset = plan.indexOf("SENTINEL RESET redis-v2");
    assertTrue(0 < detach && detach < follow && follow < oldSentinels && oldSentinels < pause && pause < promote
        && promote < reset, plan);
    assertTrue(plan.contains("6 steps, 1 switch of write unavailability"), plan);
    String script = Files.readString(dir.resolve("adopt.sh"));
    assertTrue(script.startsWith("#!/bin/sh\n") && script.contains("s1.internal:26379"), script);
    assertTrue(run.err().contains("wrote " + dir.resolve("adopt.sh")), run.err());
  }

  @Test
  void adoptArgumentsAreChecked() {
    String homelab = "../examples/homelab-k8s/spec.yaml";
    CliRun bad = CliRun.of("rollout", "--adopt", "old-redis", homelab);
    assertEquals(ExitCodes.USAGE, bad.code());
    assertTrue(bad.err().contains("--adopt must be HOST:PORT (for example redis.internal:6379), not old-redis"),
        bad.err());
    CliRun port = CliRun.of("rollout", "--adopt", "old-redis:70000", homelab);
    assertEquals(ExitCodes.USAGE, port.code(), port.err());
    CliRun two = CliRun.of("rollout", "--adopt", "a:6379", VEZA, VEZA_74);
    assertEquals(ExitCodes.USAGE, two.code());
    assertTrue(two.err().contains("--adopt takes one spec"), two.err());
    CliRun noName = CliRun.of("rollout", "--adopt", "a:6379", "--adopt-sentinel", "b:26379", homelab);
    assertEquals(ExitCodes.USAGE, noName.code());
    assertTrue(noName.err().contains("--adopt-sentinel needs --adopt-master-name"), noName.err());
    CliRun orphan = CliRun.of("rollout", "--adopt-master-name", "m", VEZA, VEZA_74);
    assertEquals(ExitCodes.USAGE, orphan.code());
    assertTrue(orphan.err().contains("need --adopt"), orphan.err());
    CliRun one = CliRun.of("rollout", VEZA);
    assertEquals(ExitCodes.USAGE, one.code());
    assertTrue(one.err().contains("Missing required parameter: 'NEW'"), one.err());
    for (CliRun r : new CliRun[] {bad, port, two, noName, orphan, one}) {
      assertFalse(r.err().contains("Exception"), r.err());
      assertEquals("", r.out());
    }
  }
}
