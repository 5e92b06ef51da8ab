package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.testkit.ExampleSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule over variants of one base spec ({@code lint/base.yaml}, resolved by the pipeline), each case
 * asserting the exact set of findings ({@code code severity path}) and so that nothing else fires. The YAML
 * fixtures of {@link RuleFixturesTest} cover each rule's seed incident and its fix.
 */
class RuleCasesTest {
  /** Every cluster that forks gets this info; most cases keep it. */
  private static final String FORK = "RHC2011 info spec.persistence";
  static final ExampleSpec BASE = ExampleSpec.file(Path.of("src/test/resources/lint/base.yaml"));
  private static final String SYSTEMD_HOSTS = """
      hosts:
        - { name: redis-1.lxd, roles: [redis, sentinel, proxy], node: 0 }
        - { name: redis-2.lxd, roles: [redis, sentinel, proxy], node: 1 }
        - { name: redis-3.lxd, roles: [redis, sentinel, proxy], node: 2 }
      """;

  static Stream<Arguments> cases() {
    List<Arguments> c = new ArrayList<>();
    add(c, "clean-default", s -> s, FORK);
    add(c, "rhc1001-mymaster", s -> s.set("spec.sentinel.masterName", "mymaster"), FORK,
        "RHC1001 warning spec.sentinel.masterName");
    add(c, "rhc1001-ignored-with-reason", s -> ignore(s, "RHC1001", "isolated lab network")
        .set("spec.sentinel.masterName", "mymaster"), FORK);
    add(c, "rhc0301-ignore-of-unknown-rule", s -> ignore(s, "RHC9999", "a rule that never existed"), FORK,
        "RHC0301 error spec.lint.ignore[0].rule");
    add(c, "rhc1003-floating-engine-tag", s -> s.set("spec.engine.image", "redis:8-alpine"), FORK,
        "RHC1003 error spec.engine.image");
    add(c, "rhc1003-latest-proxy", s -> s.set("spec.proxy.image", "haproxy:latest"), FORK,
        "RHC1003 warning spec.proxy.image");
    add(c, "rhc1003-untagged-exporter", s -> s.set("spec.monitoring.exporter.image", "oliver006/redis_exporter"),
        FORK, "RHC1003 warning spec.monitoring.exporter.image");
    add(c, "rhc1003-digest-is-pinned", s -> s.set("spec.engine.image", "redis@sha256:" + "0123456789abcdef".repeat(4)),
        FORK, "RHC1006 info spec.engine.image");
    add(c, "rhc1004-seed-74-replica-of-86",
        s -> overrides(s, "{ index: 2, version: \"7.4.2\", image: redis:7.4.2-alpine }"), FORK,
        "RHC1004 error spec.nodes.overrides[0].image");
    add(c, "rhc1004-same-format-across-8x",
        s -> overrides(s, "{ index: 2, version: \"8.4.0\", image: redis:8.4.0-alpine }"), FORK);
    add(c, "rhc1005-valkey-image-under-redis-74",
        s -> engine(s, "7.4.2", "valkey/valkey:8.1.1"), FORK,
        "RHC1005 error spec.engine.image");
    add(c, "rhc1005-rdb11-migration-is-info",
        s -> engine(s, "7.2.4", "valkey/valkey:8.0.2"), FORK,
        "RHC1005 info spec.engine.image");
    add(c, "rhc1006-seed-000-override-tag-contradicts-engine-version",
        s -> engine(overrides(s, "{ index: 2, image: redis:8.6.2-alpine }"), "7.4.2", "redis:7.4.2-alpine"), FORK,
        "RHC1006 error spec.nodes.overrides[0].image", "RHC1004 error spec.nodes.overrides[0].image");
    add(c, "rhc1006-engine-image-contradicts-engine-version", s -> engine(s, "7.4.2", "redis:8.6.2-alpine"), FORK,
        "RHC1006 error spec.engine.image");
    add(c, "rhc1006-sentinel-image-contradicts-sentinel-version",
        s -> s.set("spec.sentinel.image", "redis:7.0.2-alpine"), FORK,
        "RHC1006 error spec.sentinel.image", "RHC3005 warning spec.sentinel.version");
    add(c, "rhc1006-matching-tag-and-digest", s -> s.set("spec.engine.image", "docker.io/library/redis:8.6.2-alpine@sha256:"
        + "0123456789abcdef".repeat(4)), FORK);
    add(c, "rhc1006-digest-only-is-trusted-with-info", s -> s.set("spec.engine.image", "redis@sha256:"
        + "0123456789abcdef".repeat(4)), FORK, "RHC1006 info spec.engine.image");
    add(c, "rhc1006-private-name-is-trusted-with-info", s -> s.set("spec.engine.image",
        "registry.corp.example/platform/kv:2024.11.3"), FORK, "RHC1006 info spec.engine.image");
    add(c, "rhc1006-bitnami-tag-matches", s -> engine(s, "7.4.2", "bitnami/redis:7.4.2-debian-12-r0"), FORK);
    add(c, "rhc1006-bitnami-tag-contradicts", s -> engine(s, "7.4.2", "bitnami/redis:7.2.5-debian-12-r0"), FORK,
        "RHC1006 error spec.engine.image");
    add(c, "rhc1006-floating-line-contradicts", s -> engine(s, "7.4.2", "redis:7.2-alpine"), FORK,
        "RHC1006 error spec.engine.image", "RHC1003 error spec.engine.image");
    add(c, "rhc1006-valkey-image-is-rhc1005s", s -> engine(s, "7.4.2", "valkey/valkey:8.1.1"), FORK,
        "RHC1005 error spec.engine.image");
    add(c, "rhc1004-valkey-replica-uses-valkeys-format",
        s -> engine(overrides(s, "{ index: 1, image: valkey/valkey:8.1.1 }", "{ index: 2, image: valkey/valkey:8.1.1 }"),
            "7.4.1", "redis:7.4.1-alpine"), FORK,
        "RHC1004 error spec.nodes.overrides[0].image", "RHC1005 error spec.nodes.overrides[0].image",
        "RHC1005 error spec.nodes.overrides[1].image");
    add(c, "rhc2001-90-point-3-percent-of-16gi-is-an-error", s -> memory(s, "16Gi", "14800mb")
        .set("spec.persistence.volume.size", "48Gi"), FORK, "RHC2001 error spec.memory.maxmemory");
    add(c, "rhc2001-91-percent-error", s -> memory(s, "10Gi", "9290mb").set("spec.persistence.volume.size", "30Gi"),
        FORK, "RHC2001 error spec.memory.maxmemory");
    add(c, "rhc2001-seed-fix-640mb-of-768mi-is-info", s -> memory(s, "768Mi", "640mb"), FORK,
        "RHC2001 info spec.memory.maxmemory", "RHC2002 info spec.memory.maxmemory");
    add(c, "rhc2001-87-percent-warning", s -> memory(s, "1000Mi", "870mb"), FORK,
        "RHC2001 warning spec.memory.maxmemory", "RHC2002 info spec.memory.maxmemory");
    add(c, "rhc2001-thresholds-are-data", s -> memory(s, "768Mi", "640mb")
        .set("spec.replication.replicaOutputBuffer.hard", "64mb")
        .setYaml("spec.lint.thresholds", "{ maxmemoryInfoPercent: 85, maxmemoryWarningPercent: 90,"
            + " maxmemoryErrorPercent: 95 }"), FORK);
    add(c, "rhc2003-tiny-backlog", s -> s.set("spec.replication.backlogSize", "1mb"), FORK,
        "RHC2003 warning spec.replication.backlogSize");
    add(c, "rhc2003-buffer-below-backlog", s -> s.set("spec.replication.backlogSize", "512mb"), FORK,
        "RHC2003 info spec.replication.replicaOutputBuffer.hard");
    add(c, "rhc2004-request-below-limit", s -> s.set("spec.memory.request", "512Mi"), FORK,
        "RHC2004 warning spec.memory.request");
    add(c, "rhc2004-not-on-hosts", s -> hosts(s).set("spec.memory.request", "512Mi"), FORK);
    add(c, "rhc2005-seed-homelab-allkeys-lru-bullmq", s -> s.set("spec.memory.policy", "allkeys-lru"), FORK,
        "RHC2005 error spec.memory.policy");
    add(c, "rhc2005-volatile-lru-is-not-safe", s -> s.set("spec.memory.policy", "volatile-lru"), FORK,
        "RHC2005 error spec.memory.policy");
    add(c, "rhc2005-cache-may-evict", s -> cacheOnly(s).set("spec.memory.policy", "allkeys-lru"), FORK);
    add(c, "rhc2006-rdb-only", s -> s.set("spec.persistence.aof.enabled", false)
        .set("spec.persistence.replicas.aof.enabled", false), FORK, "RHC2006 warning spec.persistence.aof.enabled");
    add(c, "rhc2006-no-persistence", RuleCasesTest::noPersistence, FORK, "RHC2006 error spec.persistence",
        "RHC2007 error spec.persistence");
    add(c, "rhc2006-fsync-always", s -> s.set("spec.persistence.aof.fsync", "always")
        .set("spec.persistence.replicas.aof.fsync", "always"), FORK, "RHC2006 info spec.persistence.aof.fsync");
    add(c, "rhc2006-no-appendfsync-on-rewrite", s -> s.set("spec.persistence.noAppendfsyncOnRewrite", true), FORK,
        "RHC2006 warning spec.persistence.noAppendfsyncOnRewrite");
    add(c, "rhc2006-replicas-without-aof", s -> s.set("spec.persistence.replicas.aof.enabled", false), FORK,
        "RHC2006 warning spec.persistence.replicas.aof.enabled");
    add(c, "rhc2007-cache-without-persistence-in-containers", s -> noPersistence(cacheOnly(s)), FORK,
        "RHC2007 warning spec.persistence");
    add(c, "rhc2007-systemd-restart-delay-outlasts-failover",
        s -> noPersistence(cacheOnly(hosts(s))).set("spec.systemd.restartDelay", "60s"), FORK);
    add(c, "rhc2007-systemd-fast-restart",
        s -> noPersistence(cacheOnly(hosts(s))).set("spec.systemd.restartDelay", "1s"), FORK,
        "RHC2007 warning spec.persistence");
    add(c, "rhc2008-ephemeral-volume", s -> s.set("spec.persistence.volume.type", "ephemeral"), FORK,
        "RHC2008 error spec.persistence.volume.type", "RHC3006 warning spec.persistence.volume.type");
    add(c, "rhc2009-volume-below-3x-maxmemory", s -> s.set("spec.persistence.volume.size", "1Gi"), FORK,
        "RHC2009 warning spec.persistence.volume.size");
    add(c, "rhc2010-more-than-replicas", s -> s.set("spec.replication.minReplicasToWrite", 3), FORK,
        "RHC2010 error spec.replication.minReplicasToWrite");
    add(c, "rhc2010-equal-to-replicas", s -> s.set("spec.replication.minReplicasToWrite", 2), FORK,
        "RHC2010 warning spec.replication.minReplicasToWrite");
    add(c, "rhc2014-zero-with-must-survive-data", s -> s.set("spec.replication.minReplicasToWrite", 0), FORK,
        "RHC2014 warning spec.replication.minReplicasToWrite");
    add(c, "rhc2014-lag-above-half-down-after", s -> s.set("spec.replication.minReplicasMaxLag", "3s"), FORK,
        "RHC2014 warning spec.replication.minReplicasMaxLag");
    add(c, "rhc2014-cache-only-may-take-writes-alone", s -> cacheOnly(s).set("spec.replication.minReplicasToWrite", 0),
        FORK);
    add(c, "rhc2011-single-node-cache-never-forks", s -> noPersistence(cacheOnly(s)).set("spec.nodes.count", 1)
        .set("spec.sentinel.placement", "dedicated").set("spec.replication.minReplicasToWrite", 0));
    add(c, "rhc2012-celery-task-longer-than-visibility", s -> dataClass(s,
        "{ name: reports, kind: queue, library: celery, mustSurvive: true, maxTaskDuration: 2h }"), FORK,
        "RHC2012 warning spec.dataClasses[1].maxTaskDuration");
    add(c, "rhc2012-celery-short-tasks", s -> dataClass(s,
        "{ name: reports, kind: queue, library: celery, mustSurvive: true, maxTaskDuration: 30m }"), FORK);
    add(c, "rhc2013-half-core-limit", s -> s.set("spec.kubernetes.cpu.limit", "500m"), FORK,
        "RHC2013 warning spec.kubernetes.cpu.limit");
    add(c, "rhc2013-two-cores", s -> s.set("spec.kubernetes.cpu.limit", "2"), FORK);
    add(c, "rhc3001-even-count", s -> sentinels(s, 4, 3), FORK, "RHC3001 error spec.sentinel.count");
    add(c, "rhc3001-five-sentinels", s -> sentinels(s, 5, 3), FORK);
    add(c, "rhc3002-quorum-below-majority", s -> s.set("spec.sentinel.quorum", 1), FORK,
        "RHC3002 error spec.sentinel.quorum");
    add(c, "rhc3002-quorum-equals-count", s -> s.set("spec.sentinel.quorum", 3), FORK,
        "RHC3002 warning spec.sentinel.quorum", "RHC3011 warning spec.sentinel.quorum");
    add(c, "rhc3003-announce-off", s -> s.set("spec.sentinel.announceHostnames", false), FORK,
        "RHC3003 error spec.sentinel.announceHostnames", "RHC4007 warning spec.sentinel.announceHostnames");
    add(c, "rhc3003-resolve-off", s -> s.set("spec.sentinel.resolveHostnames", false), FORK,
        "RHC3003 error spec.sentinel.resolveHostnames", "RHC4007 warning spec.sentinel.resolveHostnames");
    add(c, "rhc4007-no-proxy-no-guard-needed", s -> s.set("spec.sentinel.announceHostnames", false)
        .set("spec.proxy.enabled", false), FORK,
        "RHC3003 error spec.sentinel.announceHostnames", "RHC4001 warning spec.proxy.enabled");
    add(c, "rhc3004-load-balanced-service-address",
        s -> s.set("spec.sentinel.monitorAddress", "redis-master.redis.svc.cluster.local"), FORK,
        "RHC3004 error spec.sentinel.monitorAddress");
    add(c, "rhc3004-ip-literal", s -> s.set("spec.sentinel.monitorAddress", "10.0.0.5"), FORK,
        "RHC3004 error spec.sentinel.monitorAddress");
    add(c, "rhc3004-node-zero-pod-name",
        s -> s.set("spec.sentinel.monitorAddress", "redis-v2-0.redis-v2-headless.redis.svc.cluster.local"), FORK);
    add(c, "rhc3004-node-zero-host", s -> hosts(s).set("spec.sentinel.monitorAddress", "redis-1.lxd"), FORK);
    add(c, "rhc3004-other-host", s -> hosts(s).set("spec.sentinel.monitorAddress", "redis-2.lxd"), FORK,
        "RHC3004 error spec.sentinel.monitorAddress");
    add(c, "rhc3005-hostname-bug-7-0-4",
        s -> engine(s, "7.0.4", "redis:7.0.4-alpine"), FORK,
        "RHC3005 warning spec.engine.version");
    add(c, "rhc3005-no-hostnames-in-6-0",
        s -> engine(s, "6.0.16", "redis:6.0.16-alpine"), FORK,
        "RHC3005 error spec.engine.version");
    add(c, "rhc3005-old-dedicated-sentinel",
        s -> s.set("spec.sentinel.version", "6.2.6").set("spec.sentinel.image", "redis:6.2.6-alpine"), FORK,
        "RHC3005 warning spec.sentinel.version");
    add(c, "rhc3006-config-dir-under-usr", s -> hosts(s).set("spec.systemd.configDir", "/usr/lib/redis-ha"), FORK,
        "RHC3006 error spec.systemd.configDir");
    add(c, "rhc3007-down-after-1000ms", s -> s.set("spec.sentinel.downAfter", "1000ms")
        .set("spec.replication.minReplicasMaxLag", "1s"), FORK, "RHC3007 error spec.sentinel.downAfter");
    add(c, "rhc3007-floor-is-a-threshold", s -> s.set("spec.sentinel.downAfter", "1000ms")
        .set("spec.replication.minReplicasMaxLag", "1s").set("spec.lint.thresholds.minDownAfter", "500ms"), FORK);
    add(c, "rhc3008-failover-timeout-below-detection", s -> s.set("spec.sentinel.failoverTimeout", "5s"), FORK,
        "RHC3008 warning spec.sentinel.failoverTimeout");
    add(c, "rhc3008-slow-detection", s -> s.set("spec.sentinel.downAfter", "90s")
        .set("spec.sentinel.failoverTimeout", "300s"), FORK, "RHC3008 warning spec.sentinel.downAfter");
    add(c, "rhc3008-very-long-failover-timeout", s -> s.set("spec.sentinel.failoverTimeout", "15m"), FORK,
        "RHC3008 info spec.sentinel.failoverTimeout");
    add(c, "rhc3009-parallel-syncs-all-replicas", s -> s.set("spec.sentinel.parallelSyncs", 2), FORK,
        "RHC3009 warning spec.sentinel.parallelSyncs");
    add(c, "rhc3010-all-priority-zero", s -> s.set("spec.nodes.replicaPriority", 0), FORK,
        "RHC3010 error spec.nodes.replicaPriority");
    add(c, "rhc3010-every-replica-overridden-to-zero", s -> overrides(s, "{ index: 1, replicaPriority: 0 }",
        "{ index: 2, replicaPriority: 0 }"), FORK, "RHC3010 error spec.nodes.overrides");
    add(c, "rhc3010-one-replica-promotable", s -> overrides(s, "{ index: 1, replicaPriority: 0 }"), FORK);
    add(c, "rhc3011-proxy-budget-allows-no-drain", s -> s.set("spec.proxy.minAvailable", 3), FORK,
        "RHC3011 warning spec.proxy.minAvailable");
    add(c, "rhc3012-spread-none", s -> s.set("spec.placement.spread", "none"), FORK,
        "RHC3012 warning spec.placement.spread");
    add(c, "rhc3012-single-proxy", s -> s.set("spec.proxy.replicas", 1).set("spec.proxy.minAvailable", 0), FORK,
        "RHC3012 warning spec.proxy.replicas");
    add(c, "rhc3013-parallel-pod-management", s -> s.set("spec.kubernetes.podManagementPolicy", "Parallel"), FORK,
        "RHC3013 info spec.kubernetes.podManagementPolicy");
    add(c, "rhc4001-no-proxy-in-containers", s -> s.set("spec.proxy.enabled", false), FORK,
        "RHC4001 warning spec.proxy.enabled");
    add(c, "rhc4001-no-proxy-on-hosts", s -> hosts(s).set("spec.proxy.enabled", false), FORK);
    add(c, "rhc4002-slow-checks", s -> s.set("spec.proxy.check.interval", "3s").set("spec.proxy.check.fall", 3), FORK,
        "RHC4002 warning spec.proxy.check.fall", "RHC4002 warning spec.proxy.check.rise");
    add(c, "rhc4002-check-timeout-not-below-interval", s -> s.set("spec.proxy.timeouts.check", "1s"), FORK,
        "RHC4002 warning spec.proxy.timeouts.check");
    add(c, "rhc4002-sessions-kept-on-marked-down", s -> s.set("spec.proxy.shutdownSessionsOnMarkedDown", false), FORK,
        "RHC4002 warning spec.proxy.shutdownSessionsOnMarkedDown");
    add(c, "rhc4003-rq-blocks-longer-than-tunnel", s -> rq(s).set("spec.proxy.timeouts.tunnel", "30s"), FORK,
        "RHC4003 error spec.proxy.timeouts.tunnel");
    add(c, "rhc4003-idle-below-a-minute", s -> s.set("spec.proxy.timeouts.tunnel", "45s"), FORK,
        "RHC4003 warning spec.proxy.timeouts.tunnel");
    add(c, "rhc4003-rq-under-1h-tunnel", RuleCasesTest::rq, FORK);
    add(c, "rhc4004-sentinel-password-without-node-auth",
        s -> s.setYaml("spec.auth.sentinelPassword", "{ env: SENTINEL_PASSWORD }"), FORK,
        "RHC4004 warning spec.auth.sentinelPassword");
    add(c, "rhc4005-protected-mode-without-auth", s -> s.set("spec.auth.protectedMode", true), FORK,
        "RHC4005 error spec.auth.protectedMode");
    add(c, "rhc4005-open-without-network-policy", s -> s.set("spec.networkPolicy.enabled", false), FORK,
        "RHC4005 warning spec.networkPolicy.enabled");
    add(c, "rhc4006-password-over-plain-tcp", s -> s.set("spec.auth.mode", "password")
        .setYaml("spec.auth.password", "{ env: REDIS_PASSWORD }"), FORK, "RHC4006 info spec.tls.enabled");
    return c.stream();
  }

  private static ExampleSpec ignore(ExampleSpec s, String rule, String reason) {
    return s.set("spec.lint.ignore", List.of(Map.of("rule", rule, "reason", reason)));
  }

  private static ExampleSpec overrides(ExampleSpec s, String... overrides) {
    return s.setYaml("spec.nodes.overrides", "[" + String.join(", ", overrides) + "]");
  }

  private static ExampleSpec engine(ExampleSpec s, String version, String image) {
    return s.set("spec.engine.version", version).set("spec.engine.image", image);
  }

  private static ExampleSpec memory(ExampleSpec s, String limit, String maxmemory) {
    return s.set("spec.memory.limit", limit).set("spec.memory.request", limit).set("spec.memory.maxmemory", maxmemory);
  }

  private static ExampleSpec cacheOnly(ExampleSpec s) {
    return s.setYaml("spec.dataClasses", "[{ name: cache, kind: cache }]");
  }

  /** The base's BullMQ queue and {@code yaml}. */
  private static ExampleSpec dataClass(ExampleSpec s, String yaml) {
    return s.setYaml("spec.dataClasses",
        "[{ name: \"immich_bull:*\", kind: queue, library: bullmq, mustSurvive: true }, " + yaml + "]");
  }

  private static ExampleSpec rq(ExampleSpec s) {
    return dataClass(s, "{ name: jobs, kind: queue, library: rq, mustSurvive: true }");
  }

  private static ExampleSpec noPersistence(ExampleSpec s) {
    return s.set("spec.persistence.rdb.enabled", false).set("spec.persistence.aof.enabled", false)
        .set("spec.persistence.replicas.aof.enabled", false);
  }

  private static ExampleSpec sentinels(ExampleSpec s, int count, int quorum) {
    return s.set("spec.sentinel.placement", "dedicated").set("spec.sentinel.count", count)
        .set("spec.sentinel.quorum", quorum);
  }

  /** Three hosts each running redis, sentinel and proxy, like the veza example. */
  private static ExampleSpec hosts(ExampleSpec s) {
    return s.setYaml("spec.systemd", SYSTEMD_HOSTS);
  }

  private static void add(List<Arguments> cases, String name, UnaryOperator<ExampleSpec> change,
      String... expected) {
    cases.add(Arguments.of(name, change, Set.of(expected)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsExactly(String name, UnaryOperator<ExampleSpec> change, Set<String> expected) {
    Diagnostics diagnostics = new Diagnostics();
    new Linter().lint(change.apply(BASE).resolved(), diagnostics);
    assertEquals(new TreeSet<>(expected), findings(diagnostics.all()));
  }

  static Set<String> findings(List<Diagnostic> diagnostics) {
    Set<String> out = new TreeSet<>();
    for (Diagnostic d : diagnostics) {
      out.add(d.code() + " " + d.severity().label() + " " + d.path());
    }
    return out;
  }
}
