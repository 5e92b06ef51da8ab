package io.rhc.audit;

import io.rhc.path.SpecPath;
import java.util.Map;

/**
 * Hints in the audited material's terms: a lint hint names spec fields ({@code memory.policy}), an audit hint the
 * directive or manifest field to change ({@code maxmemory-policy} in redis.conf). A hint that depends on the finding
 * (a count, a duration) keeps its text after a prefix naming the directive.
 */
public final class AuditHints {
  private static final Map<String, String> REPLACE = Map.ofEntries(
      Map.entry("RHC1001", "Rename the master group in the `sentinel monitor` line and every `sentinel <option>"
          + " <name>` line (and in Sentinel-aware clients) to a name unique to this cluster."),
      Map.entry("RHC1003", "Pin the container image to an exact version tag (`redis:7.2.4-alpine`) or a digest; a"
          + " restarted pod can otherwise pull a newer release with a newer RDB format."),
      Map.entry("RHC2001", "Lower `maxmemory` in redis.conf to at most 85% of the container memory limit (75% for"
          + " write-heavy loads), or raise the limit (`resources.limits.memory`, compose `mem_limit`)."),
      Map.entry("RHC2004", "Set the container's `resources.requests.memory` equal to `resources.limits.memory`"
          + " (Guaranteed QoS) so node pressure does not evict Redis first."),
      Map.entry("RHC2005", "Set `maxmemory-policy noeviction` (in redis.conf or the `--maxmemory-policy` argument);"
          + " `volatile-*` is not safe either, because queue libraries keep keys with a TTL (job locks, markers)."
          + " Put caches in a separate Redis."),
      Map.entry("RHC3003", "Add `sentinel resolve-hostnames yes` and `sentinel announce-hostnames yes` to"
          + " sentinel.conf, before the `sentinel monitor` line: with IPs, Sentinel stores addresses that go stale when"
          + " a pod or host restarts, and failover breaks."),
      Map.entry("RHC3004", "Monitor node 0 by its own stable name in `sentinel monitor` (its host name; on Kubernetes"
          + " `<statefulset>-0.<headless service>`): a Service or load-balanced address can answer from any node, and"
          + " sentinels then track the wrong instance."),
      Map.entry("RHC3009", "Set `sentinel parallel-syncs <master> 1` in sentinel.conf."),
      Map.entry("RHC4001", "Put HAProxy with a check that expects `role:master` in front of the data nodes and point"
          + " the clients' Service at it, or make every client Sentinel-aware: a Service over all data pods sends"
          + " writes to replicas (READONLY)."),
      Map.entry("RHC4002 proxy.shutdownSessionsOnMarkedDown", "Add `on-marked-down shutdown-sessions` to the server"
          + " (or default-server) lines, so clients reconnect to the new master instead of getting READONLY."),
      Map.entry("RHC4002 proxy.timeouts.check", "Set `timeout check` (defaults section) below the server lines'"
          + " `inter`."),
      Map.entry("RHC4004 auth.sentinelPassword", "Set `requirepass` and `masterauth` in every redis.conf too, or drop"
          + " `requirepass` from sentinel.conf."),
      Map.entry("RHC4005 auth.protectedMode", "Set `requirepass` (preferred), or `protected-mode no` behind a"
          + " network policy: replication, Sentinel gossip and proxy checks all get -DENIED otherwise."),
      Map.entry("RHC4005 networkPolicy.enabled", "Add a NetworkPolicy that admits only the clients to the data pods,"
          + " or set `requirepass`."),
      Map.entry("RHC0206", "Set `maxmemory` in redis.conf below the memory limit, at most 85% of it."),
      Map.entry("RHC0207", "Raise `maxmemory` in redis.conf above the replication backlog, or raise the memory"
          + " limit."));

  private static final Map<String, String> PREFIX = Map.of(
      "RHC2010", "`min-replicas-to-write` in redis.conf: ",
      "RHC3002", "The quorum is the last argument of `sentinel monitor`. ",
      "RHC3007", "`sentinel down-after-milliseconds` (milliseconds): ",
      "RHC3008", "`sentinel failover-timeout` and `down-after-milliseconds` (milliseconds): ");

  /** Spec fields a kept hint names, and the directive each stands for. */
  private static final Map<String, String> TERMS = Map.of(
      "`check.interval`", "`inter` (server or default-server line)",
      "`check.fall`", "`fall`",
      "`check.rise`", "`rise`");

  private AuditHints() {}

  /** The hint for a finding of {@code code} at {@code path}, worded for the audited files. */
  public static String of(String code, SpecPath path, String lintHint) {
    String dotted = path.toString().startsWith("spec.") ? path.toString().substring(5) : path.toString();
    String replaced = REPLACE.getOrDefault(code + " " + dotted, REPLACE.get(code));
    if (replaced != null) {
      return replaced;
    }
    if (lintHint == null) {
      return null;
    }
    String hint = lintHint;
    for (Map.Entry<String, String> term : TERMS.entrySet()) {
      hint = hint.replace(term.getKey(), term.getValue());
    }
    return PREFIX.getOrDefault(code, "") + hint;
  }
}
