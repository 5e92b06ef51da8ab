package io.rhc.engine;

import java.util.Map;
import java.util.Optional;

/** Directives rhc writes itself, each with the spec key that sets it or why it is not the user's to set. */
public final class OwnedDirectives {
  public record Owner(String specKey, String why) {
    public String hint(String directive) {
      return specKey.isEmpty() ? why : "Set `" + specKey + "` instead; rhc writes `" + directive + "` from it.";
    }
  }

  private static final String BOOT = "rhc-init.sh writes it for each node at every boot";
  private static final String SENTINEL_BOOT = "rhc-init.sh writes it for each sentinel at every boot";
  private static final String SENTINEL_STATE = "Sentinel's own state: rhc-init.sh writes it at every boot from the"
      + " spec and the peers, and Sentinel rewrites it as it learns.";
  private static final String SCRIPTS = "rhc installs no scripts on sentinel hosts; alert on failovers from the"
      + " exporter's metrics and the PrometheusRule (`spec.monitoring`) instead.";
  private static final String LAYOUT = "rhc lays out the data directory and its files for every target";

  private static final Map<String, Owner> ENGINE = Map.ofEntries(
      owned("bind", "", "Each node listens on the address its target gives it; rhc writes `bind` from the host"
          + " layout."),
      owned("port", "spec.nodes.port", ""),
      owned("protected-mode", "spec.auth.protectedMode", ""),
      owned("dir", "", LAYOUT + " (`spec.persistence.volume`)."),
      owned("dbfilename", "", LAYOUT + "; backups and the init script read `dump.rdb`."),
      owned("appenddirname", "", LAYOUT + "."),
      owned("appendfilename", "", LAYOUT + "."),
      owned("daemonize", "", "The service manager (Kubernetes, docker-compose, systemd) runs the server in the"
          + " foreground; a daemonized server looks dead to it."),
      owned("maxmemory", "spec.memory.maxmemory", ""),
      owned("maxmemory-policy", "spec.memory.policy", ""),
      owned("save", "spec.persistence.rdb.savePoints", ""),
      owned("stop-writes-on-bgsave-error", "spec.persistence.stopWritesOnBgsaveError", ""),
      owned("appendonly", "spec.persistence.aof.enabled", ""),
      owned("appendfsync", "spec.persistence.aof.fsync", ""),
      owned("no-appendfsync-on-rewrite", "spec.persistence.noAppendfsyncOnRewrite", ""),
      owned("auto-aof-rewrite-percentage", "spec.persistence.aof.rewritePercentage", ""),
      owned("auto-aof-rewrite-min-size", "spec.persistence.aof.rewriteMinSize", ""),
      owned("aof-use-rdb-preamble", "", "rhc keeps the RDB preamble on: an AOF without it loads many times"
          + " slower after a restart, which lengthens every failover back."),
      owned("replica-read-only", "", "Replicas must refuse writes: a write a replica accepts is lost at its next"
          + " resync, and the proxies' role check assumes replicas are read-only."),
      owned("slave-read-only", "", "Replicas must refuse writes: a write a replica accepts is lost at its next"
          + " resync, and the proxies' role check assumes replicas are read-only."),
      owned("repl-backlog-size", "spec.replication.backlogSize", ""),
      owned("min-replicas-to-write", "spec.replication.minReplicasToWrite", ""),
      owned("min-slaves-to-write", "spec.replication.minReplicasToWrite", ""),
      owned("min-replicas-max-lag", "spec.replication.minReplicasMaxLag", ""),
      owned("min-slaves-max-lag", "spec.replication.minReplicasMaxLag", ""),
      owned("repl-diskless-sync", "spec.replication.disklessSync", ""),
      owned("repl-diskless-sync-delay", "", "rhc derives it from `spec.replication.disklessSync` and the node"
          + " count, so a failover's resyncs start together."),
      owned("replicaof", "", "rhc-init.sh chooses the master at every boot (peer sentinels, then a peer that is"
          + " master, then node 0) and writes `replicaof` to replica.conf; a fixed one would fight Sentinel."),
      owned("slaveof", "", "rhc-init.sh chooses the master at every boot and writes `replicaof` to replica.conf;"
          + " a fixed one would fight Sentinel."),
      owned("replica-announce-ip", "", BOOT + ", from the node's stable name."),
      owned("slave-announce-ip", "", BOOT + ", from the node's stable name."),
      owned("replica-announce-port", "", BOOT + "."),
      owned("slave-announce-port", "", BOOT + "."),
      owned("replica-priority", "spec.nodes.replicaPriority", ""),
      owned("slave-priority", "spec.nodes.replicaPriority", ""),
      owned("requirepass", "spec.auth.password", ""),
      owned("masterauth", "spec.auth.password", ""),
      owned("masteruser", "spec.auth", ""),
      owned("user", "spec.auth.users", ""),
      owned("aclfile", "spec.auth.users", ""),
      owned("include", "", "rhc's boot files include replica.conf and auth.conf; put the directives themselves"
          + " under `engine.config`."),
      owned("rename-command", "", "rhc's boot and stop scripts, HAProxy's checks and Sentinel call commands by"
          + " name (INFO, CONFIG, REPLICAOF, CLIENT, SHUTDOWN); renaming one breaks failover. Restrict who may run"
          + " commands with ACL users (`spec.auth`) instead."),
      owned("cluster-enabled", "", "rhc builds a Sentinel-managed primary with replicas; Redis Cluster shards"
          + " keys across masters and is a different deployment."));

  private static final Map<String, Owner> SENTINEL = Map.ofEntries(
      owned("bind", "", "Each sentinel listens on the address its target gives it."),
      owned("port", "spec.sentinel.port", ""),
      owned("protected-mode", "", "Sentinels run without protected mode so peers and clients on other hosts"
          + " reach them; protect the port with `spec.auth.sentinelPassword` and a network policy."),
      owned("dir", "", "rhc keeps the sentinel state file in its state directory."),
      owned("daemonize", "", "The service manager runs the sentinel in the foreground."),
      owned("include", "", "rhc regenerates sentinel.conf at every boot; put the directives themselves under"
          + " `sentinel.config`."),
      owned("requirepass", "spec.auth.sentinelPassword", ""),
      owned("user", "spec.auth", ""),
      owned("aclfile", "spec.auth", ""),
      owned("rename-command", "", "rhc's scripts, HAProxy's checks and peer sentinels call SENTINEL and INFO by"
          + " name."),
      owned("monitor", "", "rhc-init.sh writes `sentinel monitor` at every boot, for the master it finds."),
      owned("down-after-milliseconds", "spec.sentinel.downAfter", ""),
      owned("failover-timeout", "spec.sentinel.failoverTimeout", ""),
      owned("parallel-syncs", "spec.sentinel.parallelSyncs", ""),
      owned("master-reboot-down-after-period", "spec.sentinel.masterRebootDownAfter", ""),
      owned("resolve-hostnames", "spec.sentinel.resolveHostnames", ""),
      owned("announce-hostnames", "spec.sentinel.announceHostnames", ""),
      owned("announce-ip", "", SENTINEL_BOOT + ", from the sentinel's stable name."),
      owned("announce-port", "", SENTINEL_BOOT + "."),
      owned("auth-pass", "spec.auth.password", ""),
      owned("auth-user", "spec.auth", ""),
      owned("sentinel-user", "spec.auth.sentinelPassword", ""),
      owned("sentinel-pass", "spec.auth.sentinelPassword", ""),
      owned("deny-scripts-reconfig", "", "rhc keeps `sentinel deny-scripts-reconfig yes`: with `no`, anyone who"
          + " reaches a sentinel can point its scripts at any executable with SENTINEL SET."),
      owned("notification-script", "", SCRIPTS),
      owned("client-reconfig-script", "", SCRIPTS),
      owned("myid", "", SENTINEL_STATE),
      owned("current-epoch", "", SENTINEL_STATE),
      owned("config-epoch", "", SENTINEL_STATE),
      owned("leader-epoch", "", SENTINEL_STATE),
      owned("known-replica", "", SENTINEL_STATE),
      owned("known-slave", "", SENTINEL_STATE),
      owned("known-sentinel", "", SENTINEL_STATE));

  private OwnedDirectives() {}

  private static Map.Entry<String, Owner> owned(String directive, String specKey, String why) {
    return Map.entry(directive, new Owner(specKey, why));
  }

  public static Optional<Owner> engine(String directive) {
    return Optional.ofNullable(ENGINE.get(directive));
  }

  public static Optional<Owner> sentinel(String directive) {
    return Optional.ofNullable(SENTINEL.get(directive));
  }
}
