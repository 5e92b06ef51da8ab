package io.rhc.target.kubernetes;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * prometheusrule.yaml: alerts on redis_exporter metrics (scraped with the usual namespace and
 * pod labels) and on the backup job's Pushgateway metric.
 */
final class Alerts {
  static final String FILE = "prometheusrule.yaml";
  /** A fork this long stalls every client of the master. */
  private static final long SLOW_FORK_MICROS = 500_000;
  private static final long SLOW_AOF_REWRITE_SECONDS = 600;

  private Alerts() {}

  record Rule(String alert, String expr, String forDuration, String severity, String summary,
      String description) {}

  record Group(String name, List<Rule> rules) {}

  record View(String cluster, String name, List<OperatorLabels.Label> labels, List<Group> groups) {}

  /** The rules, or empty when no alert applies. */
  static Optional<String> render(Spec spec, Names names, Diagnostics diagnostics) {
    List<Group> groups = new ArrayList<>();
    if (spec.monitoring().exporter().enabled()) {
      groups.add(new Group(Yaml.str(names.cluster() + ".redis"), redisRules(spec, names)));
    } else {
      diagnostics.add(Diagnostic.of(Severity.WARNING, Codes.ALERTS_WITHOUT_EXPORTER,
              SpecPath.parse("spec.monitoring.alerts"),
              "Alerts on Redis metrics need `monitoring.exporter.enabled`",
              "Enable the exporter, or turn `monitoring.alerts` off.")
          .withDetail("Without redis_exporter no redis_* metric exists, so those alerts are left out."));
    }
    if (spec.backup().enabled() && spec.backup().pushgateway().isPresent()) {
      groups.add(new Group(Yaml.str(names.cluster() + ".backup"), backupRules(spec, names)));
    }
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Render.template("prometheusrule.yaml.mustache", new View(names.cluster(),
        Yaml.str(names.cluster()), OperatorLabels.of(spec, names), groups)));
  }

  private static List<Rule> redisRules(Spec spec, Names names) {
    String sel = "{namespace=\"" + names.namespace() + "\",pod=~\"" + names.dataSet() + "-[0-9]+\"}";
    String cluster = names.cluster();
    List<Rule> rules = new ArrayList<>();
    rules.add(rule("RedisDown", "redis_up" + sel + " == 0", "1m", "critical",
        "Redis node of " + cluster + " is down",
        "{{ $labels.pod }} does not answer redis_exporter."));
    rules.add(rule("RedisMemoryPressure",
        "redis_memory_used_bytes" + sel + " / redis_memory_max_bytes" + sel + " > 0.9", "5m", "warning",
        "Redis node of " + cluster + " is above 90% of maxmemory",
        "{{ $labels.pod }} uses {{ $value | humanizePercentage }} of maxmemory (policy "
            + spec.memory().policy().id() + ")."));
    rules.add(rule("RedisEvictingKeys", "rate(redis_evicted_keys_total" + sel + "[5m]) > 0", "5m", "warning",
        "Redis of " + cluster + " is evicting keys",
        "{{ $labels.pod }} evicts {{ $value }} keys per second under maxmemory pressure."));
    if (spec.nodes().replicas() >= 1) {
      long lag = Math.max(1, spec.replication().minReplicasMaxLag().toSeconds());
      rules.add(rule("RedisReplicationLag",
          "max by (pod) (redis_connected_slave_lag_seconds" + sel + ") > " + lag, "2m", "warning",
          "A replica of " + cluster + " lags behind the master",
          "The master {{ $labels.pod }} sees a replica " + "{{ $value }} s behind (limit " + lag + " s)."));
      rules.add(rule("RedisReplicasMissing",
          "max(redis_connected_slaves" + sel + ") < " + spec.nodes().replicas(), "5m", "critical",
          "The master of " + cluster + " has fewer than " + spec.nodes().replicas() + " replicas",
          "Only {{ $value }} replicas are connected; a failover now could lose data or find no candidate."));
    }
    rules.add(rule("RedisForkSlow", "redis_latest_fork_usec" + sel + " > " + SLOW_FORK_MICROS, "1m", "warning",
        "A fork on " + cluster + " took longer than 0.5 s",
        "{{ $labels.pod }} stalled for {{ $value }} microseconds in its last fork (BGSAVE, AOF rewrite or "
            + "full sync)."));
    if (spec.persistence().aof().enabled() || spec.persistence().replicaAof().enabled()) {
      rules.add(rule("RedisAofRewriteSlow",
          "redis_aof_current_rewrite_duration_sec" + sel + " > " + SLOW_AOF_REWRITE_SECONDS, "1m", "warning",
          "An AOF rewrite on " + cluster + " runs for more than 10 minutes",
          "{{ $labels.pod }} has been rewriting its AOF for {{ $value }} s."));
    }
    return rules;
  }

  private static List<Rule> backupRules(Spec spec, Names names) {
    String metric = BackupJob.METRIC + "{cluster=\"" + names.cluster() + "\"}";
    Duration stale = Schedules.approximateInterval(spec.backup().schedule()).multipliedBy(3).dividedBy(2);
    return List.of(
        rule("RedisBackupStale", "time() - max(" + metric + ") > " + stale.toSeconds(), "10m", "warning",
            "The last backup of " + names.cluster() + " is older than " + prometheus(stale),
            "The backup CronJob " + names.backup() + " has not succeeded for {{ $value | humanizeDuration }}."),
        rule("RedisBackupNeverSucceeded", "absent(" + metric + ")", prometheus(stale), "critical",
            "No backup of " + names.cluster() + " has ever succeeded",
            "The Pushgateway has no success time from the backup CronJob " + names.backup() + "."));
  }

  private static Rule rule(String alert, String expr, String forDuration, String severity, String summary,
      String description) {
    return new Rule(alert, Yaml.str(expr), forDuration, severity, Yaml.str(summary), Yaml.str(description));
  }

  /** Prometheus duration: whole hours when exact, else minutes. */
  static String prometheus(Duration duration) {
    long minutes = Math.max(1, duration.toMinutes());
    return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
  }
}
