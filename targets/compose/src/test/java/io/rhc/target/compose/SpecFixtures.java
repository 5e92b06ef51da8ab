package io.rhc.target.compose;

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
import io.rhc.model.Thresholds;
import io.rhc.model.Tls;
import io.rhc.model.Volume;
import io.rhc.model.VolumeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Specs built field by field, so that a rule test can vary one thing. The presets are shaped after the examples
 * but are not them (an older engine, fewer features): tests of the examples themselves use {@link Examples}.
 */
final class SpecFixtures {
  String name;
  String version = "7.4.2";
  SentinelPlacement placement = SentinelPlacement.COLOCATED;
  String masterName;
  Duration downAfter = Duration.ofSeconds(5);
  Duration failoverTimeout = Duration.ofSeconds(30);
  int proxyReplicas = 2;
  OptionalInt sentinelProxyPort = OptionalInt.empty();
  ByteSize limit = ByteSize.ofMiB(768);
  ByteSize maxmemory = ByteSize.ofMiB(512);
  boolean rdb = true;
  boolean aof = true;
  boolean replicaRdb = true;
  int minReplicasToWrite = 0;
  Optional<SecretRef> password = Optional.of(new SecretRef.Env("REDIS_PASSWORD"));
  Optional<SecretRef> sentinelPassword = Optional.empty();
  boolean exporter = false;
  String project;
  String prefix;
  String network = "redis";
  String restart = "unless-stopped";
  Optional<Duration> restartDelay = Optional.empty();
  boolean publishSentinels = false;
  java.util.SortedMap<String, String> labels = new TreeMap<>();

  static SpecFixtures gateway() {
    SpecFixtures t = new SpecFixtures();
    t.name = "redis-gateway";
    t.masterName = "gateway-master";
    t.downAfter = Duration.ofSeconds(3);
    t.failoverTimeout = Duration.ofSeconds(10);
    t.limit = ByteSize.ofMiB(512);
    t.maxmemory = ByteSize.ofMiB(256);
    t.aof = false;
    t.password = Optional.of(new SecretRef.KubernetesSecret("redis-gateway-auth", "password"));
    return t;
  }

  static SpecFixtures veza() {
    SpecFixtures t = new SpecFixtures();
    t.name = "veza";
    t.masterName = "veza-master";
    t.version = "7.2.7";
    t.proxyReplicas = 3;
    t.sentinelProxyPort = OptionalInt.of(26380);
    t.limit = ByteSize.ofMiB(1536);
    t.maxmemory = ByteSize.ofMiB(1024);
    t.aof = false;
    t.password = Optional.of(new SecretRef.File("/etc/redis-ha/secrets/redis-password"));
    t.sentinelPassword = Optional.of(new SecretRef.File("/etc/redis-ha/secrets/sentinel-password"));
    return t;
  }

  static SpecFixtures odoo() {
    SpecFixtures t = new SpecFixtures();
    t.name = "odoo19-redis";
    t.masterName = "odoo19-master";
    t.placement = SentinelPlacement.DEDICATED;
    t.failoverTimeout = Duration.ofSeconds(15);
    t.proxyReplicas = 1;
    t.minReplicasToWrite = 1;
    t.replicaRdb = false;
    t.project = "odoo19";
    t.prefix = "odoo19-redis";
    t.network = "odoo19";
    return t;
  }

  Spec build() {
    EngineVersion v = EngineVersion.parse(version);
    String image = "redis:" + version + "-alpine";
    List<Node> list = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      list.add(new Node(i, EngineType.REDIS, v, image, 100));
    }
    List<SavePoint> savePoints = List.of(new SavePoint(Duration.ofSeconds(900), 1),
        new SavePoint(Duration.ofSeconds(300), 10), new SavePoint(Duration.ofSeconds(60), 10000));
    Aof aofSettings = new Aof(aof, Fsync.EVERYSEC, 100, ByteSize.ofMiB(64));
    return new Spec(
        new Metadata(name, "default", labels),
        new Engine(EngineType.REDIS, v, image),
        new Nodes(3, 6379, list),
        new Sentinel(placement, 3, 2, masterName, 26379, image, v, downAfter, failoverTimeout, 1, Duration.ZERO,
            true, true, Optional.empty()),
        new Proxy(true, "haproxy:2.8.16-alpine", proxyReplicas, 1, 6379, OptionalInt.empty(),
            sentinelProxyPort, 9101, new ProxyCheck(Duration.ofSeconds(1), 2, 2),
            new ProxyTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(330), Duration.ofSeconds(330),
                Duration.ofHours(1), Duration.ofMillis(900)),
            true),
        new Memory(limit, limit, maxmemory, Optional.empty(), EvictionPolicy.ALLKEYS_LRU, false, ByteSize.ofMiB(64),
            new MemoryBudget(List.of(), limit, limit, maxmemory, Optional.empty())),
        new Replication(ByteSize.ofMiB(64), new OutputBufferLimit(ByteSize.ofMiB(256), ByteSize.ofMiB(64), 60),
            minReplicasToWrite, Duration.ofSeconds(10), true),
        new Persistence(new Rdb(rdb, rdb ? savePoints : List.of()), aofSettings,
            new Rdb(replicaRdb, replicaRdb ? savePoints : List.of()), aofSettings,
            new Volume(VolumeType.PERSISTENT, ByteSize.ofMiB(4096), Optional.empty(), "/data"), true, false),
        List.of(),
        new Auth(AuthMode.PASSWORD, password, sentinelPassword, List.of(), true),
        new Tls(false, Optional.empty()),
        new Monitoring(new Exporter(exporter, "oliver006/redis_exporter:v1.62.0", 9121), false),
        new Backup(false, "0 3 * * *", Duration.ofDays(7), Optional.empty(), Optional.empty()),
        new Placement(Spread.NODE, true, List.of()),
        new NetworkPolicy(false, List.of()),
        new KubernetesSettings("cluster.local", "OrderedReady", Duration.ofSeconds(60), "500m", Optional.empty(), name),
        new ComposeSettings(project == null ? name : project, network, restart, restartDelay, publishSentinels,
            prefix == null ? name : prefix),
        Optional.empty(),
        new LintSettings(List.of(), new Thresholds(75, 85, 90, Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofSeconds(5))));
  }
}
