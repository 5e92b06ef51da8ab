package io.rhc.audit;

import io.rhc.path.SpecPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which lint rules an audit can run: a rule runs only when every spec value it reads is shown by the audited
 * files; the others are reported as not evaluated, with why.
 */
public final class RuleInputs {
  /** Shown when a sentinel's config path was traced to its mount; the audit checks RHC3006 itself there. */
  static final String SENTINEL_MOUNT = "sentinel.configMount";
  /** Rules the audit checks on the material itself (mounts), so their lint form does not run on the rebuilt spec. */
  public static final Set<String> CHECKED_ON_MATERIAL = Set.of("RHC3006");
  private static final Map<String, List<String>> READS = Map.ofEntries(
      Map.entry("RHC1001", List.of("sentinel.masterName")),
      Map.entry("RHC1003", List.of("engine.image")),
      Map.entry("RHC1004", List.of("engine.image", "engine.version")),
      Map.entry("RHC1005", List.of("engine.image", "engine.version")),
      Map.entry("RHC1006", List.of("engine.image", "engine.version")),
      Map.entry("RHC2002", List.of("memory.limit", "memory.maxmemory", "replication.replicaOutputBuffer.hard")),
      Map.entry("RHC2001", List.of("memory.limit", "memory.maxmemory")),
      Map.entry("RHC2004", List.of("memory.limit", "memory.request", "systemd")),
      Map.entry("RHC2003", List.of("replication.backlogSize", "replication.replicaOutputBuffer.hard",
          "memory.maxmemory", "nodes.count")),
      Map.entry("RHC2005", List.of("memory.policy", "dataClasses")),
      Map.entry("RHC2010", List.of("replication.minReplicasToWrite", "nodes.count")),
      Map.entry("RHC3001", List.of("sentinel.count")),
      Map.entry("RHC3002", List.of("sentinel.count", "sentinel.quorum")),
      Map.entry("RHC3003", List.of("sentinel.resolveHostnames", "sentinel.announceHostnames")),
      Map.entry("RHC3004", List.of("sentinel.monitorAddress", "systemd")),
      Map.entry("RHC3006", List.of(SENTINEL_MOUNT)),
      Map.entry("RHC3007", List.of("sentinel.downAfter")),
      Map.entry("RHC3008", List.of("sentinel.downAfter", "sentinel.failoverTimeout")),
      Map.entry("RHC3005", List.of("engine.version", "sentinel.resolveHostnames", "sentinel.announceHostnames")),
      Map.entry("RHC3009", List.of("sentinel.parallelSyncs", "nodes.count")),
      Map.entry("RHC3010", List.of("nodes.replicaPriority", "nodes.count")),
      Map.entry("RHC4002", List.of("proxy.enabled", "proxy.check.interval", "proxy.check.fall", "proxy.check.rise",
          "proxy.timeouts.check", "proxy.shutdownSessionsOnMarkedDown")),
      Map.entry("RHC4001", List.of("proxy.enabled", "nodes.count", "systemd")),
      Map.entry("RHC4004", List.of("auth.mode")),
      Map.entry("RHC4005", List.of("auth.mode", "auth.protectedMode", "networkPolicy.enabled")),
      Map.entry("RHC4006", List.of("auth.mode", "tls.enabled")),
      Map.entry("RHC4008", List.of("engine.config")));

  private static final String DATA = "needs the data classes (cache, queue, must-survive), which config files do not show";
  private static final String KUBERNETES = "reads Kubernetes settings (disruption budgets, pod management, CPU"
      + " limits) that the audit does not reconstruct yet";
  private static final String LATER = "its inputs are not reconstructed from config files yet";

  private static final Map<String, String> NOT_SHOWN = Map.ofEntries(
      Map.entry("RHC1002", "compares several clusters; one audit run is one cluster"),
      Map.entry("RHC2009", "needs the data volume's size and what persistence writes to it, which the audit does"
          + " not reconstruct yet"),
      Map.entry("RHC2006", DATA), Map.entry("RHC2007", DATA), Map.entry("RHC2008", DATA),
      Map.entry("RHC2012", DATA), Map.entry("RHC2014", DATA), Map.entry("RHC4003", DATA),
      Map.entry("RHC2011", "needs the hosts' kernel settings (overcommit, THP), which config files do not show"),
      Map.entry("RHC2013", KUBERNETES), Map.entry("RHC3011", KUBERNETES), Map.entry("RHC3013", KUBERNETES),
      Map.entry("RHC3012", "needs the hosts' failure domains, which config files do not show"),
      Map.entry("RHC4007", "checks the sentinel-majority guard rhc generates into HAProxy; a hand-written"
          + " haproxy.cfg is not read for one yet"));

  private RuleInputs() {}

  private static String why(String path) {
    return switch (path) {
      case "systemd" -> "needs to know whether the cluster runs on hosts or in containers; config files alone do"
          + " not say (manifests and compose files do)";
      case SENTINEL_MOUNT -> "needs how sentinel.conf is mounted (writable, lasting), which only manifests or a"
          + " compose file show";
      case "memory.limit" -> "needs the memory limit of the data container, which the audited files do not show";
      case "memory.maxmemory" -> "needs `maxmemory`, which the audited redis.conf does not set";
      case "dataClasses" -> "needs the data classes; no client in the material names a queue library (Celery,"
          + " BullMQ, Sidekiq, RQ)";
      case "engine.version", "engine.image" -> "needs the engine version, which config files do not name (an"
          + " image tag `x.y.z` in manifests or a compose file does)";
      default -> "needs `" + path + "`, which the audited files do not show"
          + (path.startsWith("proxy") ? " (no haproxy.cfg)" : path.startsWith("sentinel") ? " (no sentinel.conf)"
          : path.startsWith("networkPolicy") ? " (a firewall is not in config files)" : "");
    };
  }

  /** Empty when {@code ruleId} can run on what the files show, else why not. */
  public static Optional<String> whyNot(String ruleId, Set<SpecPath> shown) {
    List<String> reads = READS.get(ruleId);
    if (reads == null) {
      return Optional.of(NOT_SHOWN.getOrDefault(ruleId, LATER));
    }
    for (String path : reads) {
      if (!shown.contains(SpecTree.SPEC.resolve(path))) {
        return Optional.of(why(path));
      }
    }
    return Optional.empty();
  }
}
