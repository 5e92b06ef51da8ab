package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import java.util.Optional;
import java.util.Set;

/**
 * The directives Redis accepts in redis.conf and sentinel.conf: every name {@code CONFIG GET *} lists on Redis
 * 7.0.15 (aliases such as {@code slaveof} included), the directives the config loader handles itself ({@code include},
 * {@code rename-command}, {@code user}, {@code loadmodule}, {@code sentinel} in Sentinel mode) and two that later
 * releases added ({@code locale-collate} 7.2, {@code hide-user-data-from-log} 8.0). Redis refuses to start on any
 * other ("Bad directive or wrong number of arguments").
 */
final class KnownDirectives {
  private static final Set<String> NAMES = Set.of("""
      acl-pubsub-default aclfile acllog-max-len active-defrag-cycle-max active-defrag-cycle-min
      active-defrag-ignore-bytes active-defrag-max-scan-fields active-defrag-threshold-lower
      active-defrag-threshold-upper active-expire-effort activedefrag activerehashing always-show-logo
      aof-disable-auto-gc aof-load-truncated aof-rewrite-incremental-fsync aof-timestamp-enabled
      aof-use-rdb-preamble aof_rewrite_cpulist appenddirname appendfilename appendfsync appendonly
      auto-aof-rewrite-min-size auto-aof-rewrite-percentage bgsave_cpulist bind bind-source-addr bio_cpulist
      busy-reply-threshold client-output-buffer-limit client-query-buffer-limit cluster-allow-pubsubshard-when-down
      cluster-allow-reads-when-down cluster-allow-replica-migration cluster-announce-bus-port
      cluster-announce-hostname cluster-announce-ip cluster-announce-port cluster-announce-tls-port
      cluster-config-file cluster-enabled cluster-link-sendbuf-limit cluster-migration-barrier cluster-node-timeout
      cluster-port cluster-preferred-endpoint-type cluster-replica-no-failover cluster-replica-validity-factor
      cluster-require-full-coverage cluster-slave-no-failover cluster-slave-validity-factor crash-log-enabled
      crash-memcheck-enabled daemonize databases dbfilename dir disable-thp dynamic-hz enable-debug-command
      enable-module-command enable-protected-configs hash-max-listpack-entries hash-max-listpack-value
      hash-max-ziplist-entries hash-max-ziplist-value hide-user-data-from-log hll-sparse-max-bytes hz
      ignore-warnings include io-threads io-threads-do-reads jemalloc-bg-thread latency-monitor-threshold
      latency-tracking latency-tracking-info-percentiles lazyfree-lazy-eviction lazyfree-lazy-expire
      lazyfree-lazy-server-del lazyfree-lazy-user-del lazyfree-lazy-user-flush lfu-decay-time lfu-log-factor
      list-compress-depth list-max-listpack-size list-max-ziplist-size loadmodule locale-collate logfile loglevel
      lua-time-limit masterauth masteruser maxclients maxmemory maxmemory-clients maxmemory-eviction-tenacity
      maxmemory-policy maxmemory-samples min-replicas-max-lag min-replicas-to-write min-slaves-max-lag
      min-slaves-to-write no-appendfsync-on-rewrite notify-keyspace-events oom-score-adj oom-score-adj-values
      pidfile port proc-title-template propagation-error-behavior protected-mode proto-max-bulk-len
      rdb-del-sync-files rdb-save-incremental-fsync rdbchecksum rdbcompression rename-command repl-backlog-size
      repl-backlog-ttl repl-disable-tcp-nodelay repl-diskless-load repl-diskless-sync repl-diskless-sync-delay
      repl-diskless-sync-max-replicas repl-ping-replica-period repl-ping-slave-period repl-timeout
      replica-announce-ip replica-announce-port replica-announced replica-ignore-disk-write-errors
      replica-ignore-maxmemory replica-lazy-flush replica-priority replica-read-only replica-serve-stale-data
      replicaof requirepass sanitize-dump-payload save sentinel server_cpulist set-max-intset-entries
      set-proc-title shutdown-on-sigint shutdown-on-sigterm shutdown-timeout slave-announce-ip slave-announce-port
      slave-ignore-maxmemory slave-lazy-flush slave-priority slave-read-only slave-serve-stale-data slaveof
      slowlog-log-slower-than slowlog-max-len socket-mark-id stop-writes-on-bgsave-error stream-node-max-bytes
      stream-node-max-entries supervised syslog-enabled syslog-facility syslog-ident tcp-backlog tcp-keepalive
      timeout tls-auth-clients tls-ca-cert-dir tls-ca-cert-file tls-cert-file tls-ciphers tls-ciphersuites
      tls-client-cert-file tls-client-key-file tls-client-key-file-pass tls-cluster tls-dh-params-file tls-key-file
      tls-key-file-pass tls-port tls-prefer-server-ciphers tls-protocols tls-replication tls-session-cache-size
      tls-session-cache-timeout tls-session-caching tracking-table-max-keys unixsocket unixsocketperm user
      zset-max-listpack-entries zset-max-listpack-value zset-max-ziplist-entries zset-max-ziplist-value
      """.strip().split("\\s+"));

  private KnownDirectives() {}

  static void check(HostMaterial.Conf conf, boolean sentinelMode, Diagnostics problems) {
    for (ConfigLine line : conf.lines()) {
      String name = line.directive();
      if (!knows(name, sentinelMode)) {
        ConfigToken at = line.tokens().get(0);
        String why = name.equals("sentinel") ? "`sentinel` lines are read only in Sentinel mode (redis-sentinel)"
            : "`" + line.tokens().get(0).text() + "` is not a Redis directive";
        problems.add(RedisConfigTokenizer.problem(AuditCodes.UNKNOWN_DIRECTIVE, line.file(), at.line(), at.column(),
            why + ": Redis refuses to start (\"Bad directive or wrong number of arguments\")",
            closest(name).map(c -> "Did you mean `" + c + "`? ").orElse("")
                + "Remove the line or correct the name; `CONFIG GET *` on the server lists the names it knows."));
      }
    }
  }

  /** Whether the server (in Sentinel mode: redis-sentinel) accepts {@code name} in its config file. */
  static boolean knows(String name, boolean sentinelMode) {
    return NAMES.contains(name) && (sentinelMode || !name.equals("sentinel"));
  }

  /** The known name nearest to {@code name}, when it is a likely typo (at most 2 edits); ties go alphabetically. */
  static Optional<String> closest(String name) {
    String best = null;
    int bestDistance = 3;
    for (String known : NAMES.stream().sorted().toList()) {
      int d = distance(name, known);
      if (d < bestDistance && !known.equals("sentinel")) {
        best = known;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int up = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = up;
      }
    }
    return row[b.length()];
  }
}
