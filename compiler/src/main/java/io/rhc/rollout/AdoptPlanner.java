package io.rhc.rollout;

import io.rhc.lint.facts.RdbFormats;
import io.rhc.lint.facts.RunningEngine;
import io.rhc.model.Node;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Moving the data of a running standalone or Sentinel-managed Redis into a freshly deployed (empty) cluster:
 * node 0 replicates from the old server with the new sentinels detached, then one bounded switch (writes paused
 * on the old server, node 0 caught up to its offset, key counts per database equal, node 0 promoted and the
 * sentinels monitoring it by name, the old server turned into a read-only replica that can never be promoted),
 * the clients moved, the old server retired.
 */
public final class AdoptPlanner {
  static final String SWITCH = "one bounded switch: writes pause on the old server for at most RHC_SWITCH_MS"
      + " (default 10000 ms); after it the old server answers READONLY until each client uses the new endpoint";

  public RolloutPlan plan(AdoptSource source, Spec after, ClusterCommands target) {
    String old = "redis-cli -h " + source.host() + " -p " + source.port();
    String master = after.sentinel().masterName();
    int count = after.nodes().count();
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("Check the old server " + source.address() + " and the new cluster", List.of(
        old + " INFO", target.nodeCli(after, 0, "INFO keyspace"),
        target.sentinelCli(after, 0, "SENTINEL get-master-addr-by-name " + master)),
        "the old server is a master on an engine whose RDB node 0 reads (" + readable(after) + "), it uses less"
            + " than the new maxmemory " + after.memory().maxmemory().redis() + ", every database it uses exists on"
            + " node 0, and the new cluster runs healthy with node 0 as master and no keys", Step.NONE)
        .withScript("rhc_adopt_preflight " + after.memory().maxmemory().bytes()));
    steps.add(new Step("Detach the new cluster's sentinels (SENTINEL REMOVE), so none acts while node 0 follows the"
        + " old server", sentinels(after, target, "SENTINEL REMOVE " + master), "no new sentinel monitors "
        + master, Step.NONE).withScript(
            "for s in $RHC_NEW_SENTINELS; do rhc_gone \"$(sentinel_cli \"$s\" SENTINEL REMOVE \"$RHC_MASTER_NAME\")\";"
                + " done"));
    steps.add(new Step("Make node 0 replicate from the old server (its replicas follow through it)", List.of(
        target.nodeCli(after, 0, "CONFIG SET masterauth <the old server's password, or \"\">"),
        target.nodeCli(after, 0, "REPLICAOF " + source.host() + " " + source.port())),
        "node 0 reports master_link_status:up and master_sync_in_progress:0, and its replicas have synced from it"
            + " (deadline RHC_SYNC_SECONDS, default 1800 s)", Step.NONE).withScript(
            "rhc_ok node_cli 0 CONFIG SET masterauth \"${RHC_OLD_PASSWORD:-}\"",
            "rhc_replicaof node_cli 0 REPLICAOF \"$RHC_OLD_HOST\" \"$RHC_OLD_PORT\"",
            "rhc_until \"${RHC_SYNC_SECONDS:-1800}\" 'node 0 to sync from the old server' rhc_replica_ready 0",
            "for i in $RHC_NEW_NODES; do [ \"$i\" = 0 ] || rhc_until 600 \"node $i to sync from node 0\""
                + " rhc_replica_ready \"$i\"; done",
            "rhc_log \"keys per database, old: $(rhc_keys old_cli | tr '\\n' ' ')\"",
            "rhc_log \"keys per database, node 0: $(rhc_keys node0_cli | tr '\\n' ' ')\""));
    List<String> switchCommands = new ArrayList<>();
    source.masterName().ifPresent(name -> source.sentinels().forEach(s -> switchCommands.add(
        sentinelAt(s) + " SENTINEL REMOVE " + name)));
    switchCommands.add(old + " CLIENT PAUSE 10000 WRITE");
    switchCommands.add(target.nodeCli(after, 0, "REPLICAOF NO ONE"));
    switchCommands.add(target.nodeCli(after, 0, "CONFIG SET masterauth <the new cluster's password, or \"\">"));
    switchCommands.addAll(sentinels(after, target, "SENTINEL MONITOR " + master + " <node 0's replica-announce-ip> "
        + after.nodes().port() + " " + after.sentinel().quorum()));
    switchCommands.addAll(sentinels(after, target, "SENTINEL SET " + master + " " + sentinelOptions(after)
        + (after.auth().enabled() ? " auth-pass <the new cluster's password>" : "")));
    switchCommands.add(old + " CONFIG SET replica-priority 0");
    switchCommands.add(old + " REPLICAOF <node 0's replica-announce-ip> " + after.nodes().port());
    switchCommands.add(old + " CLIENT UNPAUSE");
    steps.add(new Step("Switch: pause writes on the old server, let node 0 catch up, compare the keys, promote node 0"
        + " and hand it to the new sentinels; the old server becomes a replica that refuses writes and is never"
        + " promoted", switchCommands, "node 0 is master, its keys per database equal the old server's at the pause,"
        + " and every new sentinel names it", SWITCH).withScript(switchScript(source, after)));
    steps.add(new Step("Point every client at the new cluster (" + endpoint(after, target) + "), then stop the old"
        + " server" + (source.sentinels().isEmpty() ? "" : " and its sentinels"), List.of(),
        "no client connects to " + source.address() + " any more (CLIENT LIST there shows only replication)",
        Step.NONE).withScript("rhc_by_hand"));
    steps.add(new Step("SENTINEL RESET on each new sentinel in turn, so none keeps the old server as a replica",
        sentinels(after, target, "SENTINEL RESET " + master), "every sentinel names node 0 and lists "
        + (count - 1) + " replicas and " + (after.sentinel().count() - 1) + " other sentinels", Step.NONE).withScript(
            "for s in $RHC_NEW_SENTINELS; do",
            "  sentinel_cli \"$s\" SENTINEL RESET \"$RHC_MASTER_NAME\" >/dev/null",
            "  rhc_until 60 \"sentinel $s to see the cluster again\" rhc_sentinels_see \"$s\" " + (count - 1) + " "
                + (after.sentinel().count() - 1),
            "done",
            "rhc_until 60 'every sentinel naming node 0 as master' rhc_healthy \"$RHC_NEW_NODES\" \"$RHC_NEW_SENTINELS\"",
            "rhc_log \"keys per database at the switch: $(rhc_frozen_keys | tr '\\n' ' '), now: $(rhc_keys node0_cli"
                + " | tr '\\n' ' ')\""));
    return new RolloutPlan(List.of(), steps);
  }

  private static List<String> switchScript(AdoptSource source, Spec after) {
    List<String> lines = new ArrayList<>();
    source.masterName().ifPresent(name -> {
      lines.add("for s in $RHC_ADOPT_SENTINELS; do");
      lines.add("  rhc_gone \"$(old_sentinel_cli \"$s\" SENTINEL REMOVE " + RolloutScript.quote(name) + ")\"");
      lines.add("done");
    });
    lines.add("if rhc_substep switch-promoted; then");
    lines.add("  rhc_ok old_cli CLIENT PAUSE \"${RHC_SWITCH_MS:-10000}\" WRITE");
    lines.add("  rhc_offset=$(rhc_field master_repl_offset \"$(old_cli INFO replication)\")");
    lines.add("  rhc_until 10 'node 0 to reach the old offset' rhc_caught_up \"$rhc_offset\"");
    lines.add("  rhc_keys old_cli > \"$RHC_STATE.keys\"");
    lines.add("  rhc_same_keys rhc_frozen_keys node0_cli || rhc_die \"keys differ: old $(tr '\\n' ' ' < \"$RHC_STATE"
        + ".keys\"), node 0 $(rhc_keys node0_cli | tr '\\n' ' ')\"");
    lines.add("  rhc_replicaof node_cli 0 REPLICAOF NO ONE");
    lines.add("  rhc_substep_done switch-promoted");
    lines.add("fi");
    lines.add("rhc_ok node_cli 0 CONFIG SET masterauth \"" + (after.auth().enabled()
        ? "${RHC_NEW_PASSWORD:?set RHC_NEW_PASSWORD to the password of the new cluster}" : "") + "\"");
    lines.add("rhc_name0=$(node_cli 0 CONFIG GET replica-announce-ip | sed -n 2p | tr -d '\\r')");
    lines.add("[ -n \"$rhc_name0\" ] || rhc_die 'node 0 announces no name (replica-announce-ip)'");
    lines.add("for s in $RHC_NEW_SENTINELS; do");
    lines.add("  sentinel_cli \"$s\" SENTINEL MONITOR \"$RHC_MASTER_NAME\" \"$rhc_name0\" " + after.nodes().port() + " "
        + after.sentinel().quorum() + " >/dev/null");
    lines.add("  rhc_ok sentinel_cli \"$s\" SENTINEL SET \"$RHC_MASTER_NAME\" " + sentinelOptions(after)
        + (after.auth().enabled() ? " auth-pass \"$RHC_NEW_PASSWORD\"" : ""));
    lines.add("done");
    lines.add("rhc_ok old_cli CONFIG SET replica-priority 0");
    lines.add("rhc_replicaof old_cli REPLICAOF \"$rhc_name0\" " + after.nodes().port());
    lines.add("old_cli CLIENT UNPAUSE >/dev/null");
    lines.add("rhc_until 30 'every new sentinel naming node 0' rhc_agreed_master \"$RHC_NEW_SENTINELS\"");
    return lines;
  }

  private static String sentinelOptions(Spec s) {
    return "down-after-milliseconds " + s.sentinel().downAfter().toMillis() + " failover-timeout "
        + s.sentinel().failoverTimeout().toMillis() + " parallel-syncs " + s.sentinel().parallelSyncs()
        + (s.sentinel().masterRebootDownAfter().isZero() ? ""
            : " master-reboot-down-after-period " + s.sentinel().masterRebootDownAfter().toMillis());
  }

  private static List<String> sentinels(Spec s, ClusterCommands target, String args) {
    List<String> commands = new ArrayList<>();
    for (int i = 0; i < s.sentinel().count(); i++) {
      commands.add(target.sentinelCli(s, i, args));
    }
    return commands;
  }

  private static String sentinelAt(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    return "redis-cli -h " + hostPort.substring(0, colon) + " -p " + hostPort.substring(colon + 1);
  }

  private static String endpoint(Spec s, ClusterCommands target) {
    if (!s.proxy().enabled()) {
      return "the sentinels, master group " + s.sentinel().masterName();
    }
    return switch (target) {
      case KUBERNETES -> "Service " + s.kubernetes().serviceName() + "." + s.metadata().namespace() + ":"
          + s.proxy().port();
      case COMPOSE -> "the HAProxy services on port " + s.proxy().port();
      case SYSTEMD -> "HAProxy on the proxy hosts, port " + s.proxy().port();
    };
  }

  /** Shell patterns ({@code engine:major.minor.*}) of the engines whose RDB node 0 can load. */
  static List<String> readablePatterns(Spec s) {
    Node node0 = s.nodes().list().get(0);
    RunningEngine e = RunningEngine.of(node0.image(), node0.engine(), node0.version());
    OptionalInt reads = RdbFormats.of(e.type(), e.version());
    return reads.isPresent() ? RdbFormats.patternsWritingAtMost(reads.getAsInt()) : List.of();
  }

  private static String readable(Spec s) {
    List<String> patterns = readablePatterns(s);
    return patterns.isEmpty() ? "none known" : String.join(", ", patterns).replace(".*", "").replace(":", " ");
  }
}
