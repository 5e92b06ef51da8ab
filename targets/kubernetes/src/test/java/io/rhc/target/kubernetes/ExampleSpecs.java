package io.rhc.target.kubernetes;

import io.rhc.model.Aof;
import io.rhc.model.Auth;
import io.rhc.model.AuthMode;
import io.rhc.model.Backup;
import io.rhc.model.BackupDestination;
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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The example specs of examples/*&#47;spec.yaml with the schema defaults and derived values
 * applied, built by hand until the resolver is on main; plus variants that exercise what the
 * examples leave out on this target. Fields are mutable so a test can change one thing.
 */
final class ExampleSpecs {
  String name;
  String namespace = "default";
  TreeMap<String, String> labels = new TreeMap<>();
  String version;
  String image;
  int nodes = 3;
  SentinelPlacement placement = SentinelPlacement.COLOCATED;
  int sentinels = 3;
  int quorum = 2;
  String masterName;
  Duration downAfter = Duration.ofSeconds(5);
  Duration failoverTimeout = Duration.ofSeconds(30);
  int proxyReplicas = 2;
  int proxyMinAvailable = 1;
  boolean proxyEnabled = true;
  int proxyPort = 6379;
  OptionalInt readOnlyPort = OptionalInt.empty();
  OptionalInt sentinelProxyPort = OptionalInt.empty();
  ByteSize limit = ByteSize.ofMiB(768);
  ByteSize request = ByteSize.ofMiB(768);
  ByteSize maxmemory;
  EvictionPolicy policy = EvictionPolicy.NOEVICTION;
  int minReplicasToWrite = 0;
  List<SavePoint> savePoints = savePoints(100);
  boolean rdb = true;
  boolean replicaRdb = true;
  Aof aof = new Aof(true, Fsync.EVERYSEC, 100, ByteSize.ofMiB(64));
  VolumeType volumeType = VolumeType.PERSISTENT;
  ByteSize volumeSize;
  Optional<String> storageClass = Optional.empty();
  AuthMode authMode = AuthMode.NONE;
  Optional<SecretRef> password = Optional.empty();
  Optional<SecretRef> sentinelPassword = Optional.empty();
  boolean protectedMode = true;
  boolean exporter = false;
  boolean alerts = false;
  boolean backup = false;
  String backupSchedule = "0 3 * * *";
  Duration retention = Duration.ofDays(7);
  Optional<BackupDestination> backupDestination = Optional.empty();
  Optional<String> pushgateway = Optional.empty();
  Spread spread = Spread.NODE;
  boolean spreadRequired = true;
  List<String> avoidNodes = List.of();
  boolean networkPolicy = false;
  List<String> allowNamespaces = List.of();
  String podManagementPolicy = "OrderedReady";
  Duration grace = Duration.ofSeconds(60);
  Optional<String> cpuLimit = Optional.empty();
  String serviceName;

  /** Example name to spec, in the order of the examples folder. */
  static final Map<String, Supplier<ExampleSpecs>> EXAMPLES = Map.of(
      "homelab-k8s", ExampleSpecs::homelab,
      "gateway-k8s", ExampleSpecs::gateway,
      "odoo-compose", ExampleSpecs::odoo,
      "veza-systemd", ExampleSpecs::veza);

  /**
   * Variants that compile on this target: the two non-Kubernetes examples with their passwords in
   * Secrets (dedicated sentinels, read-only and sentinel proxy ports), and a cluster using every
   * optional switch the examples leave off.
   */
  static final Map<String, Supplier<ExampleSpecs>> VARIANTS = Map.of(
      "odoo-compose+secrets", ExampleSpecs::odooWithSecrets,
      "veza-systemd+secrets", ExampleSpecs::vezaWithSecrets,
      "edge-cases", ExampleSpecs::edgeCases);

  static ExampleSpecs homelab() {
    ExampleSpecs s = new ExampleSpecs("redis-v2", "8.6.2");
    s.namespace = "redis";
    s.image = "redis:8.6.2-alpine";
    s.proxyReplicas = 3;
    s.proxyMinAvailable = 2;
    s.maxmemory = ByteSize.ofMiB(640);
    s.aof = new Aof(true, Fsync.EVERYSEC, 200, ByteSize.ofMiB(128));
    s.volumeSize = ByteSize.ofMiB(4096);
    s.storageClass = Optional.of("proxmox-lvm");
    s.protectedMode = false;
    s.exporter = true;
    s.alerts = true;
    s.backup = true;
    s.backupSchedule = "0 3 * * 0";
    s.retention = Duration.ofDays(28);
    s.backupDestination = Optional.of(new BackupDestination.Nfs("nfs.homelab.internal", "/srv/nfs/redis-backup"));
    s.pushgateway = Optional.of("http://prometheus-pushgateway.monitoring:9091");
    s.networkPolicy = true;
    s.allowNamespaces = List.of("immich", "authentik", "nextcloud", "paperless", "dawarich", "traefik");
    s.podManagementPolicy = "Parallel";
    s.serviceName = "redis-master";
    return s;
  }

  static ExampleSpecs gateway() {
    ExampleSpecs s = new ExampleSpecs("redis-gateway", "7.4.2");
    s.namespace = "kubernaut-system";
    s.masterName = "gateway-master";
    s.downAfter = Duration.ofSeconds(3);
    s.failoverTimeout = Duration.ofSeconds(10);
    s.limit = ByteSize.ofMiB(512);
    s.request = ByteSize.ofMiB(512);
    s.maxmemory = ByteSize.ofMiB(256);
    s.policy = EvictionPolicy.ALLKEYS_LRU;
    s.savePoints = savePoints(10);
    s.aof = new Aof(false, Fsync.EVERYSEC, 100, ByteSize.ofMiB(64));
    s.volumeSize = ByteSize.ofMiB(2048);
    s.authMode = AuthMode.PASSWORD;
    s.password = Optional.of(new SecretRef.KubernetesSecret("redis-gateway-auth", "password"));
    return s;
  }

  static ExampleSpecs odoo() {
    ExampleSpecs s = new ExampleSpecs("odoo19-redis", "7.4.2");
    s.placement = SentinelPlacement.DEDICATED;
    s.masterName = "odoo19-master";
    s.failoverTimeout = Duration.ofSeconds(15);
    s.proxyReplicas = 1;
    s.proxyMinAvailable = 0;
    s.maxmemory = ByteSize.ofMiB(512);
    s.policy = EvictionPolicy.ALLKEYS_LRU;
    s.minReplicasToWrite = 1;
    s.savePoints = savePoints(10);
    s.replicaRdb = false;
    s.authMode = AuthMode.PASSWORD;
    s.password = Optional.of(new SecretRef.Env("REDIS_PASSWORD"));
    return s;
  }

  static ExampleSpecs veza() {
    ExampleSpecs s = new ExampleSpecs("veza", "7.2.7");
    s.masterName = "veza-master";
    s.proxyReplicas = 3;
    s.proxyMinAvailable = 2;
    s.proxyPort = 6380;
    s.sentinelProxyPort = OptionalInt.of(26380);
    s.limit = ByteSize.ofMiB(1536);
    s.request = ByteSize.ofMiB(1536);
    s.maxmemory = ByteSize.ofMiB(1024);
    s.policy = EvictionPolicy.ALLKEYS_LRU;
    s.aof = new Aof(false, Fsync.EVERYSEC, 100, ByteSize.ofMiB(64));
    s.authMode = AuthMode.PASSWORD;
    s.password = Optional.of(new SecretRef.File("/etc/redis-ha/secrets/redis-password"));
    s.sentinelPassword = Optional.of(new SecretRef.File("/etc/redis-ha/secrets/sentinel-password"));
    return s;
  }

  static ExampleSpecs odooWithSecrets() {
    ExampleSpecs s = odoo();
    s.password = Optional.of(new SecretRef.KubernetesSecret("odoo19-redis-auth", "password"));
    s.readOnlyPort = OptionalInt.of(6380);
    return s;
  }

  static ExampleSpecs vezaWithSecrets() {
    ExampleSpecs s = veza();
    s.password = Optional.of(new SecretRef.KubernetesSecret("veza-redis", "redis-password"));
    s.sentinelPassword = Optional.of(new SecretRef.KubernetesSecret("veza-redis", "sentinel-password"));
    return s;
  }

  /** Zone spread as a preference, avoided nodes, ephemeral data, a CPU limit, a claim for backups. */
  static ExampleSpecs edgeCases() {
    ExampleSpecs s = new ExampleSpecs("on", "7.4.2");
    s.namespace = "yes";
    s.labels.put("team", "no");
    s.labels.put("example.com/tier", "1");
    s.spread = Spread.ZONE;
    s.spreadRequired = false;
    s.avoidNodes = List.of("node-a", "off");
    s.volumeType = VolumeType.EPHEMERAL;
    s.cpuLimit = Optional.of("2");
    s.maxmemory = ByteSize.ofMiB(512);
    s.backup = true;
    s.backupSchedule = "*/30 * * * *";
    s.backupDestination = Optional.of(new BackupDestination.VolumeClaim("redis-backups"));
    s.alerts = true;
    s.networkPolicy = true;
    s.proxyEnabled = false;
    return s;
  }

  private ExampleSpecs(String name, String version) {
    this.name = name;
    this.version = version;
    this.image = "redis:" + version + "-alpine";
    this.masterName = name;
    this.serviceName = name;
  }

  static List<SavePoint> savePoints(long changesAt300s) {
    return List.of(new SavePoint(Duration.ofSeconds(900), 1), new SavePoint(Duration.ofSeconds(300), changesAt300s),
        new SavePoint(Duration.ofSeconds(60), 10000));
  }

  Spec build() {
    EngineVersion v = EngineVersion.parse(version);
    List<Node> list = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      list.add(new Node(i, EngineType.REDIS, v, image, 100));
    }
    ByteSize size = volumeSize != null ? volumeSize : ByteSize.ofBytes(limit.bytes() * 3);
    return new Spec(
        new Metadata(name, namespace, labels),
        new Engine(EngineType.REDIS, v, image),
        new Nodes(nodes, 6379, list),
        new Sentinel(placement, sentinels, quorum, masterName, 26379, image, v, downAfter, failoverTimeout, 1,
            Duration.ZERO, true, true, Optional.empty()),
        new Proxy(proxyEnabled, "haproxy:2.8.16-alpine", proxyReplicas, proxyMinAvailable, proxyPort, readOnlyPort,
            sentinelProxyPort, 9101, new ProxyCheck(Duration.ofSeconds(1), 2, 2),
            new ProxyTimeouts(Duration.ofSeconds(4), Duration.ofSeconds(330), Duration.ofSeconds(330),
                Duration.ofHours(1), Duration.ofMillis(900)),
            true),
        new Memory(limit, request, maxmemory, Optional.empty(), policy, false, ByteSize.ofMiB(64),
            new MemoryBudget(List.of(), limit, limit, maxmemory, Optional.empty())),
        new Replication(ByteSize.ofMiB(64), new OutputBufferLimit(ByteSize.ofMiB(256), ByteSize.ofMiB(64), 60),
            minReplicasToWrite, Duration.ofSeconds(10), true),
        new Persistence(new Rdb(rdb, savePoints), aof, new Rdb(replicaRdb, savePoints), aof,
            new Volume(volumeType, size, storageClass, "/var/lib/redis"), true, false),
        List.of(),
        new Auth(authMode, password, sentinelPassword, List.of(), protectedMode),
        new Tls(false, Optional.empty()),
        new Monitoring(new Exporter(exporter, "oliver006/redis_exporter:v1.62.0", 9121), alerts),
        new Backup(backup, backupSchedule, retention, backupDestination, pushgateway),
        new Placement(spread, spreadRequired, avoidNodes),
        new NetworkPolicy(networkPolicy, allowNamespaces),
        new KubernetesSettings("cluster.local", podManagementPolicy, grace, "500m", cpuLimit, serviceName),
        new ComposeSettings(name, "redis", "unless-stopped", Optional.empty(), false, name),
        Optional.empty(),
        new LintSettings(List.of(), new Thresholds(75, 85, 90, Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofSeconds(5))));
  }
}
