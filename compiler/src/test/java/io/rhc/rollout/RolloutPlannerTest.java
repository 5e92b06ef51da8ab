package io.rhc.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.explain.SpecLeaves;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rollout classifier over one change per setting family: its kind, and the order of the steps the plan
 * takes (each step named by a word of its action, in order), with the master hand-overs it costs.
 */
class RolloutPlannerTest {
  private static final List<String> FILES_ONLY = List.of("healthy", "Install", "runs the new spec");

  private static Arguments change(String name, String example, UnaryOperator<ExampleSpec> edit, ChangeKind kind,
      List<String> steps, int handOvers) {
    return Arguments.of(name, example, edit, kind, steps, handOvers);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        change("maxmemory", "veza-systemd", s -> s.set("spec.memory.maxmemory", "900mb"), ChangeKind.LIVE,
            List.of("healthy", "Install", "CONFIG SET", "runs the new spec"), 0),
        change("eviction policy", "veza-systemd", s -> s.set("spec.memory.policy", "allkeys-lfu"), ChangeKind.LIVE,
            List.of("healthy", "Install", "CONFIG SET", "runs the new spec"), 0),
        change("down-after", "veza-systemd", s -> s.set("spec.sentinel.downAfter", "4s"), ChangeKind.LIVE,
            List.of("healthy", "Install", "sentinel options", "runs the new spec"), 0),
        change("failover-timeout", "veza-systemd", s -> s.set("spec.sentinel.failoverTimeout", "20s"),
            ChangeKind.LIVE, List.of("healthy", "Install", "sentinel options", "runs the new spec"), 0),
        change("parallel-syncs", "veza-systemd", s -> s.set("spec.sentinel.parallelSyncs", 2), ChangeKind.LIVE,
            List.of("healthy", "Install", "sentinel options", "runs the new spec"), 0),
        change("quorum", "veza-systemd", s -> s.set("spec.sentinel.quorum", 3), ChangeKind.LIVE,
            List.of("healthy", "Install", "sentinel options", "runs the new spec"), 0),
        change("appendfsync", "homelab-k8s", s -> s.set("spec.persistence.aof.fsync", "always"), ChangeKind.LIVE,
            List.of("healthy", "Install", "CONFIG SET", "runs the new spec"), 0),
        change("save points", "veza-systemd", s -> s.setYaml("spec.persistence.rdb.savePoints",
            "[{after: 300s, changes: 10}]"), ChangeKind.LIVE,
            List.of("healthy", "Install", "CONFIG SET", "runs the new spec"), 0),
        change("backlog", "veza-systemd", s -> s.set("spec.replication.backlogSize", "128mb"), ChangeKind.LIVE,
            List.of("healthy", "Install", "CONFIG SET", "runs the new spec"), 0),
        change("min-replicas", "veza-systemd", s -> s.set("spec.replication.minReplicasToWrite", 1),
            ChangeKind.LIVE, List.of("healthy", "Install", "CONFIG SET", "runs the new spec"), 0),
        change("engine.config runtime directive", "veza-systemd", s -> s.setYaml("spec.engine.config",
            "{maxclients: 20000, notify-keyspace-events: Ex}"), ChangeKind.LIVE,
            List.of("healthy", "Install", "CONFIG SET", "runs the new spec"), 0),
        change("engine.config start-only directive", "veza-systemd", s -> s.setYaml("spec.engine.config",
            "{io-threads: 2}"), ChangeKind.ROLLING, List.of("healthy", "Install", "each replica",
                "Restart the master last", "runs the new spec"), 1),
        change("sentinel.config", "veza-systemd", s -> s.setYaml("spec.sentinel.config", "{loglevel: verbose}"),
            ChangeKind.ROLLING, List.of("healthy", "Install", "Restart sentinel", "Restart sentinel",
                "Restart sentinel", "runs the new spec"), 0),
        change("engine upgrade across RDB formats", "veza-systemd", s -> s.set("spec.engine.version", "7.4.2"),
            ChangeKind.ROLLING, List.of("healthy", "Install", "Restart sentinel", "Restart sentinel",
                "Restart sentinel", "each replica", "Restart the master last", "runs the new spec"), 1),
        change("engine patch release", "veza-systemd", s -> s.set("spec.engine.version", "7.2.8"),
            ChangeKind.ROLLING, List.of("healthy", "Install", "Restart sentinel", "Restart sentinel",
                "Restart sentinel", "each replica", "Restart the master last", "runs the new spec"), 1),
        change("engine downgrade across RDB formats", "homelab-k8s", s -> s.set("spec.engine.version", "7.2.7")
            .set("spec.engine.image", "redis:7.2.7-alpine"), ChangeKind.REFUSED, List.of(), 0),
        change("two more data nodes", "homelab-k8s", s -> s.set("spec.nodes.count", 5).set("spec.sentinel.count", 5)
            .set("spec.sentinel.quorum", 3), ChangeKind.TOPOLOGY,
            List.of("healthy", "Install", "Start new data node", "Start new data node", "sentinel options",
                "Reload the proxies", "runs the new spec"), 0),
        change("three to five sentinels", "odoo-compose", s -> s.set("spec.sentinel.count", 5)
            .set("spec.sentinel.quorum", 3), ChangeKind.TOPOLOGY,
            List.of("healthy", "Install", "Start sentinels", "sentinel options", "Reload the proxies",
                "runs the new spec"), 0),
        change("master group renamed", "veza-systemd", s -> s.set("spec.sentinel.masterName", "veza-main"),
            ChangeKind.REFUSED, List.of(), 0),
        change("cluster renamed", "veza-systemd", s -> s.set("metadata.name", "veza2"), ChangeKind.REFUSED,
            List.of(), 0),
        change("data port", "veza-systemd", s -> s.set("spec.nodes.port", 6390), ChangeKind.REFUSED, List.of(), 0),
        change("volume grows", "homelab-k8s", s -> s.set("spec.persistence.volume.size", "20Gi"), ChangeKind.GUIDED,
            List.of("healthy", "Install", "By hand", "runs the new spec"), 0),
        change("volume shrinks", "homelab-k8s", s -> s.set("spec.persistence.volume.size", "1Gi"),
            ChangeKind.REFUSED, List.of(), 0),
        change("proxy client timeout", "veza-systemd", s -> s.set("spec.proxy.timeouts.client", "60s"),
            ChangeKind.PROXY_RELOAD, List.of("healthy", "Install", "Reload the proxies", "runs the new spec"), 0),
        change("proxy check interval", "veza-systemd", s -> s.set("spec.proxy.check.interval", "2s"),
            ChangeKind.PROXY_RELOAD, List.of("healthy", "Install", "Reload the proxies", "runs the new spec"), 0),
        change("proxy image", "veza-systemd", s -> s.set("spec.proxy.image", "haproxy:2.8.14"), ChangeKind.ROLLING,
            List.of("healthy", "Install", "Restart the proxies", "runs the new spec"), 0),
        change("sentinel image", "odoo-compose", s -> s.set("spec.sentinel.image", "redis:7.4.3-alpine"),
            ChangeKind.ROLLING, List.of("healthy", "Install", "Restart sentinel", "Restart sentinel",
                "Restart sentinel", "runs the new spec"), 0),
        change("memory limit", "veza-systemd", s -> s.set("spec.memory.limit", "2Gi"), ChangeKind.ROLLING,
            List.of("healthy", "Install", "each replica", "Restart the master last", "runs the new spec"), 1),
        change("password turned on", "homelab-k8s", s -> s.setYaml("spec.auth",
            "{mode: password, password: {kubernetesSecret: {name: redis-auth, key: password}}}"), ChangeKind.GUIDED,
            List.of("healthy", "Install", "By hand", "runs the new spec"), 0),
        change("drill objectives", "veza-systemd", s -> s.setYaml("spec.drill", "{objectives: {maxUnavailability:"
            + " {master-crash: 9s}}}"), ChangeKind.FILES, FILES_ONLY, 0),
        change("backup schedule", "homelab-k8s", s -> s.set("spec.backup.schedule", "0 4 * * *"), ChangeKind.FILES,
            FILES_ONLY, 0),
        change("update strategy for rhc-ordered restarts", "homelab-k8s", s -> s.set("spec.kubernetes.updateStrategy",
            "OnDelete"), ChangeKind.FILES, FILES_ONLY, 0),
        change("pod management policy", "homelab-k8s", s -> s.set("spec.kubernetes.podManagementPolicy",
            "OrderedReady"), ChangeKind.GUIDED, List.of("healthy", "Install", "By hand", "runs the new spec"), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classifiesAndOrders(String name, String example, UnaryOperator<ExampleSpec> edit, ChangeKind kind,
      List<String> steps, int handOvers) {
    Spec before = ExampleSpec.of(example).spec();
    Spec after = edit.apply(ExampleSpec.of(example)).spec();
    RolloutPlan plan = new RolloutPlanner().plan(before, after, target(example));
    assertFalse(plan.changes().isEmpty(), name);
    ChangeKind worst = plan.changes().stream().map(ClassifiedChange::kind).max(Enum::compareTo).orElseThrow();
    assertEquals(kind, worst, name + ": " + plan.changes());
    List<Step> actual = plan.steps();
    assertEquals(steps.size(), actual.size(), name + ": " + actual.stream().map(Step::action).toList());
    for (int i = 0; i < steps.size(); i++) {
      String words = actual.get(i).action() + " / " + actual.get(i).check();
      assertTrue(words.contains(steps.get(i)), name + " step " + i + " `" + words + "` lacks `" + steps.get(i) + "`");
    }
    assertEquals(handOvers, plan.handOvers(), name);
    plan.changes().forEach(c -> assertFalse(c.why().isBlank(), c.toString()));
  }

  @Test
  void anEngineUpgradeKeepsUpgradedNodesFromPromotionUntilEveryReplicaRunsIt() {
    Spec before = ExampleSpec.of("veza-systemd").spec();
    Spec after = ExampleSpec.of("veza-systemd").set("spec.engine.version", "7.4.2").spec();
    ClassifiedChange version = new RolloutPlanner().plan(before, after, ClusterCommands.SYSTEMD).changes().stream()
        .filter(c -> c.change().path().equals("spec.engine.version")).findFirst().orElseThrow();
    assertTrue(version.why().contains("No node on the new engine is promoted while any replica still runs the old"
        + " one"), version.why());
    assertTrue(version.why().contains("RDB format 12"), version.why());
  }

  @Test
  void liveCommandsCarryTheNewValuesToEveryProcess() {
    Spec before = ExampleSpec.of("veza-systemd").spec();
    Spec after = ExampleSpec.of("veza-systemd").set("spec.memory.maxmemory", "900mb")
        .set("spec.sentinel.downAfter", "4s").spec();
    List<String> commands = new RolloutPlanner().plan(before, after, ClusterCommands.SYSTEMD).steps().stream()
        .flatMap(s -> s.commands().stream()).toList();
    for (String host : List.of("redis-1.lxd", "redis-2.lxd", "redis-3.lxd")) {
      assertTrue(commands.contains("ssh " + host + " redis-cli -p 6379 CONFIG SET maxmemory 900mb"), commands.toString());
      assertTrue(commands.contains("ssh " + host + " redis-cli -p 26379 SENTINEL SET veza-master"
          + " down-after-milliseconds 4000"), commands.toString());
    }
  }

  @Test
  void sentinelCountsChangeByTwoSoNoStepIsEven() {
    Spec three = ExampleSpec.of("odoo-compose").spec();
    Spec four = ExampleSpec.of("odoo-compose").set("spec.sentinel.count", 4).set("spec.sentinel.quorum", 3).spec();
    RolloutPlan plan = new RolloutPlanner().plan(three, four, ClusterCommands.COMPOSE);
    assertEquals(ChangeKind.REFUSED, plan.changes().stream().filter(c -> c.change().path()
        .equals("spec.sentinel.count")).findFirst().orElseThrow().kind());
    assertTrue(plan.steps().isEmpty());
    Spec five = ExampleSpec.of("odoo-compose").set("spec.sentinel.count", 5).set("spec.sentinel.quorum", 3).spec();
    RolloutPlan back = new RolloutPlanner().plan(five, three, ClusterCommands.COMPOSE);
    List<String> actions = back.steps().stream().map(Step::action).toList();
    assertTrue(actions.stream().anyMatch(a -> a.startsWith("Stop the removed sentinels together")), actions.toString());
    assertTrue(actions.stream().anyMatch(a -> a.startsWith("SENTINEL RESET on each remaining sentinel")),
        actions.toString());
  }

  @Test
  void anUnchangedSpecPlansNothing() {
    Spec spec = ExampleSpec.of("homelab-k8s").spec();
    RolloutPlan plan = new RolloutPlanner().plan(spec, spec, ClusterCommands.KUBERNETES);
    assertTrue(plan.changes().isEmpty() && plan.steps().isEmpty());
  }

  /** No setting falls through to the catch-all: a new setting must get its own rule. */
  @Test
  void everyPathOfEveryExampleHasARule() {
    for (String example : ExampleSpec.names()) {
      for (String path : SpecLeaves.of(ExampleSpec.of(example).spec()).keySet()) {
        assertTrue(Classifier.covers(path.replaceAll("\\[\\d+]", "[]")), example + ": " + path);
      }
    }
  }

  private static ClusterCommands target(String example) {
    return ClusterCommands.of(example.substring(example.indexOf('-') + 1).replace("k8s", "kubernetes"));
  }
}
