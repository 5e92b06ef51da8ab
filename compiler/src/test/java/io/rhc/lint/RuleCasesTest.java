package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.AuthMode;
import io.rhc.model.ByteSize;
import io.rhc.model.DataKind;
import io.rhc.model.EvictionPolicy;
import io.rhc.model.Fsync;
import io.rhc.model.QueueLibrary;
import io.rhc.model.SecretRef;
import io.rhc.model.Spread;
import io.rhc.model.SystemdSettings;
import io.rhc.model.VolumeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule over specs built in Java, each case asserting the exact set of findings ({@code code
 * severity path}) and so that nothing else fires. The YAML fixtures cover the same rules through the
 * whole pipeline in {@link RuleFixturesTest}.
 */
class RuleCasesTest {
  /** Every cluster that forks gets this info; most cases keep it. */
  private static final String FORK = "RHC2011 info spec.persistence";

  static Stream<Arguments> cases() {
    List<Arguments> c = new ArrayList<>();
    add(c, "clean-default", f -> { }, FORK);
    add(c, "rhc1001-mymaster", f -> f.masterName = "mymaster", FORK, "RHC1001 warning spec.sentinel.masterName");
    add(c, "rhc1001-ignored-with-reason", f -> f.withIgnore("RHC1001", "isolated lab network").masterName = "mymaster",
        FORK);
    add(c, "rhc0301-ignore-of-unknown-rule", f -> f.withIgnore("RHC9999", "a rule that never existed"), FORK,
        "RHC0301 error spec.lint.ignore[0].rule");
    add(c, "rhc1003-floating-engine-tag", f -> f.image = "redis:8-alpine", FORK, "RHC1003 error spec.engine.image");
    add(c, "rhc1003-latest-proxy", f -> f.proxyImage = "haproxy:latest", FORK, "RHC1003 warning spec.proxy.image");
    add(c, "rhc1003-untagged-exporter", f -> f.exporterImage = "oliver006/redis_exporter", FORK,
        "RHC1003 warning spec.monitoring.exporter.image");
    add(c, "rhc1003-digest-is-pinned", f -> f.image = "redis@sha256:0123456789abcdef", FORK);
    add(c, "rhc1004-seed-74-replica-of-86", f -> f.withNode(2, "7.4.2", "redis:7.4.2-alpine"), FORK,
        "RHC1004 error spec.nodes.overrides");
    add(c, "rhc1004-same-format-across-8x", f -> f.withNode(2, "8.4.0", "redis:8.4.0-alpine"), FORK);
    add(c, "rhc1005-valkey-image-under-redis-74", f -> {
      f.version = "7.4.2";
      f.image = "valkey/valkey:8.1.1";
    }, FORK, "RHC1005 error spec.engine.image");
    add(c, "rhc1005-rdb11-migration-is-info", f -> {
      f.version = "7.2.4";
      f.image = "valkey/valkey:8.0.2";
    }, FORK, "RHC1005 info spec.engine.image");
    add(c, "rhc2001-incident-250mb-of-256mi", f -> {
      f.limit = ByteSize.ofMiB(256);
      f.request = ByteSize.ofMiB(256);
      f.maxmemory = ByteSize.ofMiB(250);
    }, FORK, "RHC2001 error spec.memory.maxmemory", "RHC2002 warning spec.memory.maxmemory");
    add(c, "rhc2001-seed-fix-640mb-of-768mi-is-info", f -> {
      f.limit = ByteSize.ofMiB(768);
      f.request = ByteSize.ofMiB(768);
    }, FORK, "RHC2001 info spec.memory.maxmemory", "RHC2002 info spec.memory.maxmemory");
    add(c, "rhc2001-87-percent-warning", f -> {
      f.limit = ByteSize.ofMiB(1000);
      f.request = ByteSize.ofMiB(1000);
      f.maxmemory = ByteSize.ofMiB(870);
    }, FORK, "RHC2001 warning spec.memory.maxmemory", "RHC2002 info spec.memory.maxmemory");
    add(c, "rhc2001-thresholds-are-data", f -> {
      f.limit = ByteSize.ofMiB(768);
      f.request = ByteSize.ofMiB(768);
      f.bufferHard = ByteSize.ofMiB(64);
      f.thresholds = new int[] {85, 90, 95};
    }, FORK);
    add(c, "rhc2001-maxmemory-zero", f -> f.maxmemory = ByteSize.ofBytes(0), FORK,
        "RHC2001 error spec.memory.maxmemory");
    add(c, "rhc2003-tiny-backlog", f -> f.backlog = ByteSize.ofMiB(1), FORK,
        "RHC2003 warning spec.replication.backlogSize");
    add(c, "rhc2003-buffer-below-backlog", f -> f.backlog = ByteSize.ofMiB(512), FORK,
        "RHC2003 info spec.replication.replicaOutputBuffer.hard");
    add(c, "rhc2004-request-below-limit", f -> f.request = ByteSize.ofMiB(512), FORK,
        "RHC2004 warning spec.memory.request");
    add(c, "rhc2004-not-on-hosts", f -> f.withSystemdHosts("on-failure", null).request = ByteSize.ofMiB(512), FORK);
    add(c, "rhc2005-seed-homelab-allkeys-lru-bullmq", f -> f.policy = EvictionPolicy.ALLKEYS_LRU, FORK,
        "RHC2005 error spec.memory.policy");
    add(c, "rhc2005-volatile-lru-is-not-safe", f -> f.policy = EvictionPolicy.VOLATILE_LRU, FORK,
        "RHC2005 error spec.memory.policy");
    add(c, "rhc2005-cache-may-evict", f -> f.withCacheOnly().policy = EvictionPolicy.ALLKEYS_LRU, FORK);
    add(c, "rhc2006-rdb-only", f -> {
      f.aof = false;
      f.replicaAof = false;
    }, FORK, "RHC2006 warning spec.persistence.aof.enabled");
    add(c, "rhc2006-no-persistence", f -> {
      f.rdb = false;
      f.aof = false;
      f.replicaAof = false;
    }, FORK, "RHC2006 error spec.persistence", "RHC2007 error spec.persistence");
    add(c, "rhc2006-fsync-always", f -> f.fsync = Fsync.ALWAYS, FORK, "RHC2006 info spec.persistence.aof.fsync");
    add(c, "rhc2006-no-appendfsync-on-rewrite", f -> f.noAppendfsyncOnRewrite = true, FORK,
        "RHC2006 warning spec.persistence.noAppendfsyncOnRewrite");
    add(c, "rhc2006-replicas-without-aof", f -> f.replicaAof = false, FORK,
        "RHC2006 warning spec.persistence.replicas.aof.enabled");
    add(c, "rhc2007-cache-without-persistence-in-containers", f -> {
      f.withCacheOnly();
      f.rdb = false;
      f.aof = false;
      f.replicaAof = false;
    }, FORK, "RHC2007 warning spec.persistence");
    add(c, "rhc2007-systemd-restart-delay-outlasts-failover", f -> {
      f.withCacheOnly().withSystemdHosts("on-failure", Duration.ofSeconds(60));
      f.rdb = false;
      f.aof = false;
      f.replicaAof = false;
    }, FORK);
    add(c, "rhc2007-systemd-fast-restart", f -> {
      f.withCacheOnly().withSystemdHosts("on-failure", Duration.ofSeconds(1));
      f.rdb = false;
      f.aof = false;
      f.replicaAof = false;
    }, FORK, "RHC2007 warning spec.persistence");
    add(c, "rhc2008-ephemeral-volume", f -> f.volumeType = VolumeType.EPHEMERAL, FORK,
        "RHC2008 error spec.persistence.volume.type", "RHC3006 warning spec.persistence.volume.type");
    add(c, "rhc2009-volume-below-3x-maxmemory", f -> f.volumeSize = ByteSize.ofMiB(1024), FORK,
        "RHC2009 warning spec.persistence.volume.size");
    add(c, "rhc2010-more-than-replicas", f -> f.minReplicasToWrite = 3, FORK,
        "RHC2010 error spec.replication.minReplicasToWrite");
    add(c, "rhc2010-equal-to-replicas", f -> f.minReplicasToWrite = 2, FORK,
        "RHC2010 warning spec.replication.minReplicasToWrite");
    add(c, "rhc2010-zero-with-must-survive-data", f -> f.minReplicasToWrite = 0, FORK,
        "RHC2010 info spec.replication.minReplicasToWrite");
    add(c, "rhc2011-single-node-cache-never-forks", f -> {
      f.withCacheOnly();
      f.nodeCount = 1;
      f.minReplicasToWrite = 0;
      f.rdb = false;
      f.aof = false;
      f.replicaAof = false;
    });
    add(c, "rhc2012-celery-task-longer-than-visibility", f -> f.withDataClass("reports", DataKind.QUEUE,
        QueueLibrary.CELERY, true, Duration.ofHours(2)), FORK, "RHC2012 warning spec.dataClasses[1].maxTaskDuration");
    add(c, "rhc2012-celery-short-tasks", f -> f.withDataClass("reports", DataKind.QUEUE, QueueLibrary.CELERY, true,
        Duration.ofMinutes(30)), FORK);
    add(c, "rhc2013-half-core-limit", f -> f.cpuLimit = "500m", FORK, "RHC2013 warning spec.kubernetes.cpu.limit");
    add(c, "rhc2013-two-cores", f -> f.cpuLimit = "2", FORK);
    add(c, "rhc3001-even-count", f -> {
      f.sentinelCount = 4;
      f.quorum = 3;
    }, FORK, "RHC3001 error spec.sentinel.count");
    add(c, "rhc3001-five-sentinels", f -> {
      f.sentinelCount = 5;
      f.quorum = 3;
    }, FORK);
    add(c, "rhc3002-quorum-below-majority", f -> f.quorum = 1, FORK, "RHC3002 error spec.sentinel.quorum");
    add(c, "rhc3002-quorum-above-count", f -> f.quorum = 4, FORK, "RHC3002 error spec.sentinel.quorum",
        "RHC3011 warning spec.sentinel.quorum");
    add(c, "rhc3002-quorum-equals-count", f -> f.quorum = 3, FORK, "RHC3002 warning spec.sentinel.quorum",
        "RHC3011 warning spec.sentinel.quorum");
    add(c, "rhc3003-announce-off", f -> f.announceHostnames = false, FORK,
        "RHC3003 error spec.sentinel.announceHostnames", "RHC4007 warning spec.sentinel.announceHostnames");
    add(c, "rhc3003-resolve-off", f -> f.resolveHostnames = false, FORK,
        "RHC3003 error spec.sentinel.resolveHostnames", "RHC4007 warning spec.sentinel.resolveHostnames");
    add(c, "rhc4007-no-proxy-no-guard-needed", f -> {
      f.announceHostnames = false;
      f.proxyEnabled = false;
    }, FORK, "RHC3003 error spec.sentinel.announceHostnames", "RHC4001 warning spec.proxy.enabled");
    add(c, "rhc3004-load-balanced-service-address", f -> f.monitorAddress = "redis-master.redis.svc.cluster.local",
        FORK, "RHC3004 error spec.sentinel.monitorAddress");
    add(c, "rhc3004-ip-literal", f -> f.monitorAddress = "10.0.0.5", FORK, "RHC3004 error spec.sentinel.monitorAddress");
    add(c, "rhc3004-node-zero-pod-name", f -> f.monitorAddress = "redis-v2-0.redis-v2-headless.redis.svc.cluster.local",
        FORK);
    add(c, "rhc3004-node-zero-host", f -> f.withSystemdHosts("on-failure", null).monitorAddress = "redis-1.lxd", FORK);
    add(c, "rhc3004-other-host", f -> f.withSystemdHosts("on-failure", null).monitorAddress = "redis-2.lxd", FORK,
        "RHC3004 error spec.sentinel.monitorAddress");
    add(c, "rhc3005-hostname-bug-7-0-4", f -> {
      f.version = "7.0.4";
      f.image = "redis:7.0.4-alpine";
    }, FORK, "RHC3005 warning spec.engine.version");
    add(c, "rhc3005-no-hostnames-in-6-0", f -> {
      f.version = "6.0.16";
      f.image = "redis:6.0.16-alpine";
    }, FORK, "RHC3005 error spec.engine.version");
    add(c, "rhc3005-old-dedicated-sentinel", f -> {
      f.sentinelVersion = "6.2.6";
      f.sentinelImage = "redis:6.2.6-alpine";
    }, FORK, "RHC3005 warning spec.sentinel.version");
    add(c, "rhc3006-config-dir-under-usr", f -> {
      f.withSystemdHosts("on-failure", null);
      f.systemd = new SystemdSettings(f.systemd.hosts(), "on-failure", Optional.empty(), "/usr/lib/redis-ha");
    }, FORK, "RHC3006 error spec.systemd.configDir");
    add(c, "rhc3007-down-after-1000ms", f -> {
      f.downAfter = Duration.ofMillis(1000);
      f.minReplicasMaxLag = Duration.ofSeconds(1);
    }, FORK, "RHC3007 error spec.sentinel.downAfter");
    add(c, "rhc3007-floor-is-a-threshold", f -> {
      f.downAfter = Duration.ofMillis(1000);
      f.minReplicasMaxLag = Duration.ofSeconds(1);
      f.minDownAfter = Duration.ofMillis(500);
    }, FORK);
    add(c, "rhc3008-failover-timeout-below-detection", f -> f.failoverTimeout = Duration.ofSeconds(5), FORK,
        "RHC3008 warning spec.sentinel.failoverTimeout");
    add(c, "rhc3008-slow-detection", f -> {
      f.downAfter = Duration.ofSeconds(90);
      f.failoverTimeout = Duration.ofSeconds(300);
    }, FORK, "RHC3008 warning spec.sentinel.downAfter");
    add(c, "rhc3008-very-long-failover-timeout", f -> f.failoverTimeout = Duration.ofMinutes(15), FORK,
        "RHC3008 info spec.sentinel.failoverTimeout");
    add(c, "rhc3009-parallel-syncs-all-replicas", f -> f.parallelSyncs = 2, FORK,
        "RHC3009 warning spec.sentinel.parallelSyncs");
    add(c, "rhc3010-all-priority-zero", f -> f.replicaPriority = 0, FORK, "RHC3010 error spec.nodes.replicaPriority");
    add(c, "rhc3010-every-replica-overridden-to-zero", f -> f.withPriority(1, 0).withPriority(2, 0), FORK,
        "RHC3010 error spec.nodes.overrides");
    add(c, "rhc3010-one-replica-promotable", f -> f.withPriority(1, 0), FORK);
    add(c, "rhc3011-proxy-budget-allows-no-drain", f -> f.proxyMinAvailable = 3, FORK,
        "RHC3011 warning spec.proxy.minAvailable");
    add(c, "rhc3012-spread-none", f -> f.spread = Spread.NONE, FORK, "RHC3012 warning spec.placement.spread");
    add(c, "rhc3012-single-proxy", f -> {
      f.proxyReplicas = 1;
      f.proxyMinAvailable = 0;
    }, FORK, "RHC3012 warning spec.proxy.replicas");
    add(c, "rhc3013-parallel-pod-management", f -> f.podManagementPolicy = "Parallel", FORK,
        "RHC3013 info spec.kubernetes.podManagementPolicy");
    add(c, "rhc4001-no-proxy-in-containers", f -> f.proxyEnabled = false, FORK, "RHC4001 warning spec.proxy.enabled");
    add(c, "rhc4001-no-proxy-on-hosts", f -> f.withSystemdHosts("on-failure", null).proxyEnabled = false, FORK);
    add(c, "rhc4002-slow-checks", f -> {
      f.checkInterval = Duration.ofSeconds(3);
      f.fall = 3;
    }, FORK, "RHC4002 warning spec.proxy.check.fall", "RHC4002 warning spec.proxy.check.rise");
    add(c, "rhc4002-check-timeout-not-below-interval", f -> f.checkTimeout = Duration.ofSeconds(1), FORK,
        "RHC4002 warning spec.proxy.timeouts.check");
    add(c, "rhc4002-sessions-kept-on-marked-down", f -> f.shutdownSessions = false, FORK,
        "RHC4002 warning spec.proxy.shutdownSessionsOnMarkedDown");
    add(c, "rhc4003-rq-blocks-longer-than-tunnel", f -> {
      f.withDataClass("jobs", DataKind.QUEUE, QueueLibrary.RQ, true, null);
      f.tunnel = Duration.ofSeconds(30);
    }, FORK, "RHC4003 error spec.proxy.timeouts.tunnel");
    add(c, "rhc4003-idle-below-a-minute", f -> f.tunnel = Duration.ofSeconds(45), FORK,
        "RHC4003 warning spec.proxy.timeouts.tunnel");
    add(c, "rhc4003-rq-under-1h-tunnel", f -> f.withDataClass("jobs", DataKind.QUEUE, QueueLibrary.RQ, true, null),
        FORK);
    add(c, "rhc4004-password-mode-without-password", f -> f.authMode = AuthMode.PASSWORD, FORK,
        "RHC4004 error spec.auth.password", "RHC4006 info spec.tls.enabled");
    add(c, "rhc4004-sentinel-password-without-node-auth",
        f -> f.sentinelPassword = Optional.of(new SecretRef.Env("SENTINEL_PASSWORD")), FORK,
        "RHC4004 warning spec.auth.sentinelPassword");
    add(c, "rhc4005-protected-mode-without-auth", f -> f.protectedMode = true, FORK,
        "RHC4005 error spec.auth.protectedMode");
    add(c, "rhc4005-open-without-network-policy", f -> f.networkPolicy = false, FORK,
        "RHC4005 warning spec.networkPolicy.enabled");
    add(c, "rhc4006-password-over-plain-tcp", f -> {
      f.authMode = AuthMode.PASSWORD;
      f.password = Optional.of(new SecretRef.Env("REDIS_PASSWORD"));
    }, FORK, "RHC4006 info spec.tls.enabled");
    add(c, "rhc4006-password-over-tls", f -> {
      f.authMode = AuthMode.PASSWORD;
      f.password = Optional.of(new SecretRef.Env("REDIS_PASSWORD"));
      f.tls = true;
    }, FORK);
    return c.stream();
  }

  private static void add(List<Arguments> cases, String name, Consumer<SpecFixtures> tweak, String... expected) {
    cases.add(Arguments.of(name, tweak, Set.of(expected)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsExactly(String name, Consumer<SpecFixtures> tweak, Set<String> expected) {
    Diagnostics diagnostics = new Diagnostics();
    new Linter().lint(SpecFixtures.homelab().with(tweak).resolved(), diagnostics);
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
