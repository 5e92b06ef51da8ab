package io.rhc.drill;

import io.rhc.model.Spec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The operator's part of switching a cluster from no password to a password, carried out as the plan's
 * guided step words it (Classifier's procedure), on every process, each part everywhere before the next.
 */
final class AuthSwitchProcedure {
  private final Cluster cluster;
  private final Consumer<String> progress;

  AuthSwitchProcedure(Cluster cluster, Consumer<String> progress) {
    this.cluster = cluster;
    this.progress = progress;
  }

  /** Whether this is the change the procedure is for. */
  static boolean covers(Spec before, Spec after) {
    return !before.auth().enabled() && after.auth().enabled();
  }

  void run(Layout after) throws IOException, InterruptedException {
    Spec spec = after.spec();
    String master = spec.sentinel().masterName();
    String password = Cluster.REDIS_PASSWORD;
    progress.accept("  (1) the drill's clients already authenticate as user default with the new password");
    progress.accept("  (2) masteruser and masterauth on every data node");
    for (String node : after.nodes()) {
      ok(node, cluster.nodeCli(node, "CONFIG", "SET", "masteruser", "default"));
      ok(node, cluster.nodeCli(node, "CONFIG", "SET", "masterauth", password));
    }
    progress.accept("  (3) auth-user and auth-pass on every sentinel");
    for (String s : after.sentinels()) {
      ok(s, cluster.sentinelCli(s, "SENTINEL", "SET", master, "auth-user", "default"));
      ok(s, cluster.sentinelCli(s, "SENTINEL", "SET", master, "auth-pass", password));
    }
    if (spec.auth().sentinelPassword().isPresent()) {
      progress.accept("  (4) sentinel-user and sentinel-pass, then the sentinels' own password");
      for (String s : after.sentinels()) {
        ok(s, cluster.sentinelCli(s, "SENTINEL", "CONFIG", "SET", "sentinel-user", "default"));
        ok(s, cluster.sentinelCli(s, "SENTINEL", "CONFIG", "SET", "sentinel-pass", Cluster.SENTINEL_PASSWORD));
      }
      for (String s : after.sentinels()) {
        ok(s, cluster.sentinelCli(s, "ACL", "SETUSER", "default", "on", ">" + Cluster.SENTINEL_PASSWORD));
      }
    }
    progress.accept("  restart the proxies one at a time (the new files were installed by an earlier step)");
    for (String proxy : after.proxies()) {
      cluster.stop(proxy, "haproxy", Duration.ofSeconds(20));
      cluster.start(proxy, "haproxy");
      Await.until(Duration.ofSeconds(30), "writes through the restarted proxy on " + proxy,
          () -> cluster.writesThrough(proxy));
    }
    progress.accept("  requirepass on the replicas, then on the master");
    String current = cluster.agreedMaster(after.sentinels());
    if (current.isEmpty()) {
      throw new IllegalStateException("the sentinels do not agree on a master");
    }
    List<String> order = new ArrayList<>(after.nodes().stream().filter(n -> !n.equals(current)).toList());
    order.add(current);
    for (String node : order) {
      ok(node, cluster.nodeCli(node, "CONFIG", "SET", "requirepass", password));
    }
    if (spec.auth().protectedMode()) {
      for (String node : after.nodes()) {
        ok(node, cluster.nodeCli(node, "CONFIG", "SET", "protected-mode", "yes"));
      }
    }
  }

  private static void ok(String host, String reply) {
    if (!reply.equals("OK")) {
      throw new IllegalStateException(host + " answered " + (reply.isEmpty() ? "nothing" : reply));
    }
  }
}
