package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.Spec;
import io.rhc.rollout.ChangeKind;
import io.rhc.rollout.ClassifiedChange;
import io.rhc.rollout.ClusterCommands;
import io.rhc.rollout.RolloutPlanner;
import io.rhc.testkit.ExampleSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The procedure {@code rhc rollout} prints for turning a password on (auth none -> password, with a sentinel
 * password) run step by step against live data nodes and sentinels: after every step a client authenticating as
 * {@code default}, the replicas, the sentinels' links and HAProxy's checks (the two-argument AUTH they send) are
 * all still accepted — links are cut after each step so each one authenticates anew — and at the end a client
 * without the password is refused.
 */
class AuthSwitchLiveTest {
  private static final String PASSWORD = "rollout-redis-pw";
  private static final String SENTINEL_PASSWORD = "rollout-sentinel-pw";

  @BeforeAll
  static void programs() {
    Programs.require("redis-server", "redis-sentinel", "redis-cli");
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void everyStepKeepsClientsReplicasSentinelsAndChecksIn() throws Exception {
    ExampleSpec none = LoopbackCluster.runnable("homelab-k8s");
    try (LoopbackCluster c = new LoopbackCluster(none)) {
      String procedure = procedure(c.spec);
      List<String> order = List.of("(1) clients authenticate as user `default`", "(2) CONFIG SET masteruser default",
          "(3) SENTINEL SET", "(4) SENTINEL CONFIG SET sentinel-user", "(5) install the new files and restart the"
          + " proxies", "(6) CONFIG SET requirepass");
      int at = -1;
      for (String step : order) {
        int next = procedure.indexOf(step);
        assertTrue(next > at, "the procedure names, in this order: " + order + "\n" + procedure);
        at = next;
      }
      c.bootFresh();
      String master = c.spec.sentinel().masterName();
      int n = c.names.size();
      everyoneIn(c, "before any step", false);

      // (2) the replicas authenticate to the master, which has no password yet
      for (int i = 0; i < n; i++) {
        ok(c.node(i, "CONFIG", "SET", "masteruser", "default"));
        ok(c.node(i, "CONFIG", "SET", "masterauth", PASSWORD));
      }
      everyoneIn(c, "after (2) masterauth", false);
      // (3) the sentinels authenticate to the data nodes
      for (int i = 0; i < n; i++) {
        ok(c.sentinel(i, "SENTINEL", "SET", master, "auth-user", "default"));
        ok(c.sentinel(i, "SENTINEL", "SET", master, "auth-pass", PASSWORD));
      }
      everyoneIn(c, "after (3) auth-pass", false);
      // (4) the sentinels authenticate to each other, then each requires its password
      for (int i = 0; i < n; i++) {
        ok(c.sentinel(i, "SENTINEL", "CONFIG", "SET", "sentinel-user", "default"));
        ok(c.sentinel(i, "SENTINEL", "CONFIG", "SET", "sentinel-pass", SENTINEL_PASSWORD));
      }
      for (int i = 0; i < n; i++) {
        ok(c.sentinel(i, "ACL", "SETUSER", "default", "on", ">" + SENTINEL_PASSWORD));
        everyoneIn(c, "after (4) on sentinel " + i, false);
      }
      // (5) is the proxies' restart: their new checks are the AUTH default commands everyoneIn sends
      // (6) the data nodes require the password, replicas first
      for (int i = n - 1; i >= 0; i--) {
        ok(authed(c, i, "CONFIG", "SET", "requirepass", PASSWORD));
        everyoneIn(c, "after (6) on node " + i, true);
      }
      assertTrue(c.node(0, "SET", "rollout:anonymous", "1").contains("NOAUTH"), "a client without the password"
          + " is refused at the end");
      assertTrue(c.sentinel(0, "PING").contains("NOAUTH"), "a sentinel client without the password is refused");
    }
  }

  private static String procedure(Spec none) {
    Spec password = ExampleSpec.of("homelab-k8s").set("spec.engine.version", Programs.redisVersion())
        .setYaml("spec.auth", "{ mode: password, password: { env: REDIS_PASSWORD }, sentinelPassword: { env:"
            + " SENTINEL_PASSWORD } }").spec();
    List<ClassifiedChange> auth = new RolloutPlanner().plan(none, password, ClusterCommands.KUBERNETES).changes()
        .stream().filter(ch -> ch.change().path().equals("spec.auth.mode")).toList();
    assertEquals(1, auth.size());
    assertEquals(ChangeKind.GUIDED, auth.get(0).kind());
    return auth.get(0).why();
  }

  /**
   * Everything that talks to the cluster still gets in: a client as {@code default} writes to the master, and
   * HAProxy's checks (AUTH default, PING, INFO replication; AUTH default, get-master-addr-by-name) pass on every
   * process. Then every link is cut, and the replicas and sentinels must come back authenticated.
   */
  private static void everyoneIn(LoopbackCluster c, String when, boolean nodesRequirePassword) {
    String master = c.spec.sentinel().masterName();
    int n = c.names.size();
    assertEquals("OK", authed(c, 0, "SET", "rollout:" + when.replace(' ', '-'), "1").strip(), when + ": client write");
    for (int i = 0; i < n; i++) {
      assertEquals("OK", c.cli(c.ips.get(i), c.nodePort, "AUTH", "default", PASSWORD).strip(),
          when + ": the proxies' check AUTH on node " + i);
      assertEquals("OK", c.cli(c.ips.get(i), c.sentinelPort, "AUTH", "default", SENTINEL_PASSWORD).strip(),
          when + ": the proxies' check AUTH on sentinel " + i);
      assertTrue(sentinelAuthed(c, i, "SENTINEL", "get-master-addr-by-name", master).startsWith(c.names.get(0)),
          when + ": sentinel " + i + " names node 0");
    }
    // cut every link so each one authenticates again with what it has now
    authed(c, 0, "CLIENT", "KILL", "TYPE", "replica");
    authed(c, 0, "CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes");
    authed(c, 0, "CLIENT", "KILL", "TYPE", "pubsub");
    for (int i = 0; i < n; i++) {
      sentinelAuthed(c, i, "CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes");
      sentinelAuthed(c, i, "CLIENT", "KILL", "TYPE", "pubsub");
    }
    for (int i = 1; i < n; i++) {
      int r = i;
      LoopbackCluster.await(when + ": node " + i + " replicating again after its link was cut", Duration.ofSeconds(20),
          () -> "up".equals(c.field(authed(c, r, "INFO", "replication"), "master_link_status")));
    }
    for (int i = 0; i < n; i++) {
      int s = i;
      LoopbackCluster.await(when + ": sentinel " + i + " sees the master, both replicas and both peers healthy again",
          Duration.ofSeconds(30), () -> {
            List<String> flags = flags(sentinelAuthed(c, s, "SENTINEL", "REPLICAS", master));
            flags.addAll(flags(sentinelAuthed(c, s, "SENTINEL", "SENTINELS", master)));
            flags.addAll(flags(sentinelAuthed(c, s, "SENTINEL", "MASTER", master)));
            return flags.size() == 2 * (n - 1) + 1 && flags.stream().noneMatch(f -> f.contains("disconnected")
                || f.contains("s_down"));
          });
    }
    if (!nodesRequirePassword) {
      assertEquals("OK", c.node(0, "SET", "rollout:anonymous", "1").strip(), when + ": clients without the"
          + " password are still served until (6)");
    }
  }

  private static List<String> flags(String reply) {
    List<String> flags = new ArrayList<>();
    String[] lines = reply.split("\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      if (lines[i].equals("flags")) {
        flags.add(lines[i + 1]);
      }
    }
    return flags;
  }

  /** redis-cli as user {@code default} with the new password: a client that did (1). */
  private static String authed(LoopbackCluster c, int i, String... args) {
    return withUser(c, c.ips.get(i), c.nodePort, PASSWORD, args);
  }

  private static String sentinelAuthed(LoopbackCluster c, int i, String... args) {
    return withUser(c, c.ips.get(i), c.sentinelPort, SENTINEL_PASSWORD, args);
  }

  private static String withUser(LoopbackCluster c, String ip, int port, String password, String... args) {
    List<String> all = new ArrayList<>(List.of("--user", "default"));
    all.addAll(List.of(args));
    return c.cliAuth(ip, port, password, all.toArray(String[]::new)).strip();
  }

  private static void ok(String reply) {
    assertEquals("OK", reply.strip());
  }
}
