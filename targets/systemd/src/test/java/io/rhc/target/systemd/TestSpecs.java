package io.rhc.target.systemd;

import io.rhc.model.Aof;
import io.rhc.model.Auth;
import io.rhc.model.AuthMode;
import io.rhc.model.Backup;
import io.rhc.model.ByteSize;
import io.rhc.model.ComposeSettings;
import io.rhc.model.Engine;
import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import io.rhc.model.EvictionPolicy;
import io.rhc.model.Exporter;
import io.rhc.model.Fsync;
import io.rhc.model.KubernetesSettings;
import io.rhc.model.LintSettings;
import io.rhc.model.Memory;
import io.rhc.model.MemoryBudget;
import io.rhc.model.Metadata;
import io.rhc.model.Monitoring;
import io.rhc.model.NetworkPolicy;
import io.rhc.model.Node;
import io.rhc.model.Nodes;
import io.rhc.model.OutputBufferLimit;
import io.rhc.model.Persistence;
import io.rhc.model.Placement;
import io.rhc.model.Proxy;
import io.rhc.model.ProxyCheck;
import io.rhc.model.ProxyTimeouts;
import io.rhc.model.Rdb;
import io.rhc.model.Replication;
import io.rhc.model.SavePoint;
import io.rhc.model.SecretRef;
import io.rhc.model.Sentinel;
import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import io.rhc.model.Spread;
import io.rhc.model.SystemdHost;
import io.rhc.model.SystemdSettings;
import io.rhc.model.HostRole;
import io.rhc.model.BackupDestination;
import io.rhc.model.Thresholds;
import io.rhc.model.Tls;
import io.rhc.model.Volume;
import io.rhc.model.VolumeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The veza example (examples/veza-systemd/spec.yaml with the schema defaults applied) and variants,
 * built by hand until the Resolver lands on main; adapted from the runtime's TestSpecs.
 */
final class TestSpecs {
  String name = "redis-v2";
  String version = "7.0.15";
  int nodes = 3;
  int nodePort = 6379;
  int sentinelPort = 26379;
  int sentinels = 3;
  int quorum = 2;
  SentinelPlacement placement = SentinelPlacement.COLOCATED;
  String masterName = "redis-v2";
  Duration downAfter = Duration.ofSeconds(5);
  Duration failoverTimeout = Duration.ofSeconds(30);
  Duration masterRebootDownAfter = Duration.ZERO;
  int proxyPort = 6379;
  OptionalInt readOnlyPort = OptionalInt.empty();
  OptionalInt sentinelProxyPort = OptionalInt.empty();
  int statsPort = 9101;
  ByteSize maxmemory = ByteSize.ofMiB(640);
  EvictionPolicy policy = EvictionPolicy.NOEVICTION;
  boolean rdb = true;
  boolean aof = true;
  boolean replicaRdb = true;
  boolean replicaAof = true;
  int minReplicasToWrite = 0;
  AuthMode authMode = AuthMode.NONE;
  boolean sentinelPassword = false;
  boolean protectedMode = false;
  ByteSize limit = ByteSize.ofMiB(768);
  List<SystemdHost> hosts = List.of(host("redis-1.lxd", 0), host("redis-2.lxd", 1), host("redis-3.lxd", 2));
  String restart = "on-failure";
  Optional<Duration> restartDelay = Optional.empty();
  boolean backup = false;
  String schedule = "0 3 * * *";
  Optional<BackupDestination> backupDestination = Optional.of(new BackupDestination.HostPath("/srv/backup/redis"));
  Optional<SecretRef> password = Optional.of(new SecretRef.File("/etc/redis-ha/secrets/redis-password"));

  static SystemdHost host(String name, int node) {
    return new SystemdHost(name, Set.of(HostRole.REDIS, HostRole.SENTINEL, HostRole.PROXY), OptionalInt.of(node));
  }

  static TestSpecs veza() {
    TestSpecs t = new TestSpecs();
    t.name = "veza";
    t.masterName = "veza-master";
    t.version = "7.2.7";
    t.proxyPort = 6380;
    t.sentinelProxyPort = OptionalInt.of(26380);
    t.maxmemory = ByteSize.ofMiB(1024);
    t.limit = ByteSize.ofMiB(1536);
    t.policy = EvictionPolicy.ALLKEYS_LRU;
    t.aof = false;
    t.replicaAof = false;
    t.authMode = AuthMode.PASSWORD;
    t.sentinelPassword = true;
    t.protectedMode = true;
    return t;
  }

  Spec build() {
    EngineVersion v = EngineVersion.parse(version);
    List<Node> list = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      list.add(new Node(i, EngineType.REDIS, v, "redis:" + version + "-alpine", 100));
    }
    List<SavePoint> savePoints = List.of(new SavePoint(Duration.ofSeconds(900), 1),
        new SavePoint(Duration.ofSeconds(300), 100), new SavePoint(Duration.ofSeconds(60), 10000));
    Aof aofOn = new Aof(aof, Fsync.EVERYSEC, 100, ByteSize.ofMiB(64));
    return new Spec(
        new Metadata(name, "default", new TreeMap<>()),
        new Engine(EngineType.REDIS, v, "redis:" + version + "-alpine"),
        new Nodes(nodes, nodePort, list),
        new Sentinel(placement, sentinels, quorum, masterName, sentinelPort, "redis:" + version + "-alpine", v,
            downAfter, failoverTimeout, 1, masterRebootDownAfter, true, true, Optional.empty()),
        new Proxy(true, "haproxy:2.8.16-alpine", 2, 1, proxyPort, readOnlyPort, sentinelProxyPort, statsPort,
            new ProxyCheck(Duration.ofSeconds(1), 2, 2),
            new ProxyTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(330), Duration.ofSeconds(330),
                Duration.ofHours(1), Duration.ofMillis(900)),
            true),
        new Memory(limit, limit, maxmemory, Optional.empty(), policy, false, ByteSize.ofMiB(64),
            new MemoryBudget(List.of(), limit, limit, maxmemory, Optional.empty())),
        new Replication(ByteSize.ofMiB(64), new OutputBufferLimit(ByteSize.ofMiB(256), ByteSize.ofMiB(64), 60),
            minReplicasToWrite, Duration.ofSeconds(10), true),
        new Persistence(new Rdb(rdb, savePoints), aofOn, new Rdb(replicaRdb, savePoints),
            new Aof(replicaAof, Fsync.EVERYSEC, 100, ByteSize.ofMiB(64)),
            new Volume(VolumeType.PERSISTENT, ByteSize.ofMiB(4096), Optional.empty(), "/var/lib/redis"), true, false),
        List.of(),
        new Auth(authMode, authMode == AuthMode.NONE ? Optional.empty() : password,
            sentinelPassword ? Optional.of(new SecretRef.File("/etc/redis-ha/secrets/sentinel-password"))
                : Optional.empty(),
            List.of(), protectedMode),
        new Tls(false, Optional.empty()),
        new Monitoring(new Exporter(false, "oliver006/redis_exporter:v1.62.0", 9121), false),
        new Backup(backup, schedule, Duration.ofDays(7), backupDestination, Optional.empty()),
        new Placement(Spread.NODE, true, List.of()),
        new NetworkPolicy(false, List.of()),
        new KubernetesSettings("cluster.local", "OrderedReady", Duration.ofSeconds(60), "500m", Optional.empty(),
            name),
        new ComposeSettings(name, "redis", "unless-stopped", Optional.empty(), false, name),
        hosts == null ? Optional.empty() : Optional.of(new SystemdSettings(hosts, restart, restartDelay, "/etc/redis-ha")),
        new LintSettings(List.of(), new Thresholds(75, 85, 90, Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofSeconds(5))));
  }
}
