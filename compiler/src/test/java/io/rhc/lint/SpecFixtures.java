package io.rhc.lint;

import io.rhc.model.Aof;
import io.rhc.model.Auth;
import io.rhc.model.AuthMode;
import io.rhc.model.Backup;
import io.rhc.model.BudgetLine;
import io.rhc.model.ByteSize;
import io.rhc.model.ComposeSettings;
import io.rhc.model.DataClass;
import io.rhc.model.DataKind;
import io.rhc.model.Engine;
import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import io.rhc.model.EvictionPolicy;
import io.rhc.model.Exporter;
import io.rhc.model.Fsync;
import io.rhc.model.HostRole;
import io.rhc.model.KubernetesSettings;
import io.rhc.model.LintIgnore;
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
import io.rhc.model.QueueLibrary;
import io.rhc.model.Rdb;
import io.rhc.model.Replication;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.SavePoint;
import io.rhc.model.SecretRef;
import io.rhc.model.Sentinel;
import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import io.rhc.model.Spread;
import io.rhc.model.SystemdHost;
import io.rhc.model.SystemdSettings;
import io.rhc.model.Thresholds;
import io.rhc.model.Tls;
import io.rhc.model.Volume;
import io.rhc.model.VolumeType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds resolved specs for rule tests: a sane default (the homelab cluster after its fixes: 3 nodes,
 * 3 co-located sentinels, RDB + AOF, a BullMQ queue under noeviction, 1Gi / 640mb) and {@code with…}
 * tweaks. The default lints clean except the kernel-fork info every forking cluster gets.
 */
public final class SpecFixtures {
  String name = "redis-v2";
  EngineType engine = EngineType.REDIS;
  String version = "8.6.2";
  String image = "redis:8.6.2-alpine";
  int nodeCount = 3;
  int replicaPriority = 100;
  final Map<Integer, String[]> overrides = new HashMap<>();
  final Map<Integer, Integer> priorities = new HashMap<>();
  int sentinelCount = 3;
  int quorum = 2;
  String masterName = "redis-v2";
  String sentinelImage;
  String sentinelVersion;
  Duration downAfter = Duration.ofSeconds(5);
  Duration failoverTimeout = Duration.ofSeconds(30);
  int parallelSyncs = 1;
  boolean resolveHostnames = true;
  boolean announceHostnames = true;
  String monitorAddress;
  boolean proxyEnabled = true;
  String proxyImage = "haproxy:2.8.16-alpine";
  int proxyReplicas = 3;
  int proxyMinAvailable = 2;
  Duration checkInterval = Duration.ofSeconds(1);
  int fall = 2;
  int rise = 2;
  Duration tunnel = Duration.ofHours(1);
  Duration client = Duration.ofSeconds(330);
  Duration checkTimeout = Duration.ofMillis(900);
  boolean shutdownSessions = true;
  ByteSize limit = ByteSize.ofMiB(1024);
  ByteSize request = ByteSize.ofMiB(1024);
  ByteSize maxmemory = ByteSize.ofMiB(640);
  EvictionPolicy policy = EvictionPolicy.NOEVICTION;
  ByteSize backlog = ByteSize.ofMiB(64);
  ByteSize bufferHard = ByteSize.ofMiB(256);
  int minReplicasToWrite = 1;
  Duration minReplicasMaxLag = Duration.ofSeconds(5);
  boolean rdb = true;
  boolean aof = true;
  boolean replicaAof = true;
  Fsync fsync = Fsync.EVERYSEC;
  VolumeType volumeType = VolumeType.PERSISTENT;
  ByteSize volumeSize = ByteSize.ofMiB(4096);
  boolean noAppendfsyncOnRewrite;
  boolean stopWritesOnBgsaveError = true;
  final List<DataClass> dataClasses = new ArrayList<>(List.of(
      new DataClass("immich_bull:*", DataKind.QUEUE, Optional.of(QueueLibrary.BULLMQ), true,
          Optional.empty(), Optional.empty())));
  AuthMode authMode = AuthMode.NONE;
  Optional<SecretRef> password = Optional.empty();
  Optional<SecretRef> sentinelPassword = Optional.empty();
  boolean protectedMode;
  boolean tls;
  boolean exporter = true;
  String exporterImage = "oliver006/redis_exporter:v1.62.0";
  Spread spread = Spread.NODE;
  boolean networkPolicy = true;
  String podManagementPolicy = "OrderedReady";
  String cpuLimit;
  SystemdSettings systemd;
  final List<LintIgnore> ignores = new ArrayList<>();
  Duration minDownAfter = Duration.ofSeconds(2);
  /** maxmemory info, warning and error percentages. */
  int[] thresholds = {75, 85, 90};

  public static SpecFixtures homelab() {
    return new SpecFixtures();
  }

  public SpecFixtures with(java.util.function.Consumer<SpecFixtures> tweak) {
    tweak.accept(this);
    return this;
  }

  /** Node {@code index} runs another version and image (an upgrade override). */
  public SpecFixtures withNode(int index, String nodeVersion, String nodeImage) {
    overrides.put(index, new String[] {nodeVersion, nodeImage});
    return this;
  }

  public SpecFixtures withPriority(int index, int priority) {
    priorities.put(index, priority);
    return this;
  }

  public SpecFixtures withDataClass(String className, DataKind kind, QueueLibrary library, boolean mustSurvive,
      Duration maxTask) {
    dataClasses.add(new DataClass(className, kind, Optional.ofNullable(library), mustSurvive, Optional.empty(),
        Optional.ofNullable(maxTask)));
    return this;
  }

  public SpecFixtures withCacheOnly() {
    dataClasses.clear();
    dataClasses.add(new DataClass("cache", DataKind.CACHE, Optional.empty(), false, Optional.empty(),
        Optional.empty()));
    return this;
  }

  /** Three hosts each running redis, sentinel and proxy, like the veza example. */
  public SpecFixtures withSystemdHosts(String restart, Duration restartDelay) {
    List<SystemdHost> hosts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      hosts.add(new SystemdHost("redis-" + (i + 1) + ".lxd", Set.of(HostRole.REDIS, HostRole.SENTINEL,
          HostRole.PROXY), OptionalInt.of(i)));
    }
    systemd = new SystemdSettings(hosts, restart, Optional.ofNullable(restartDelay), "/etc/redis-ha");
    return this;
  }

  /** Password auth with the password in an environment variable. */
  public SpecFixtures withPassword(String env) {
    authMode = AuthMode.PASSWORD;
    password = Optional.of(new SecretRef.Env(env));
    return this;
  }

  public SpecFixtures withIgnore(String rule, String reason) {
    ignores.add(new LintIgnore(rule, reason));
    return this;
  }

  public ResolvedSpec resolved() {
    return new ResolvedSpec(spec(), Map.of());
  }

  public Spec spec() {
    EngineVersion engineVersion = EngineVersion.parse(version);
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < nodeCount; i++) {
      String[] o = overrides.get(i);
      nodes.add(new Node(i, engine, o == null ? engineVersion : EngineVersion.parse(o[0]), o == null ? image : o[1],
          priorities.getOrDefault(i, replicaPriority)));
    }
    Sentinel sentinel = new Sentinel(SentinelPlacement.COLOCATED, sentinelCount, quorum, masterName, 26379,
        sentinelImage == null ? image : sentinelImage,
        sentinelVersion == null ? engineVersion : EngineVersion.parse(sentinelVersion), downAfter, failoverTimeout,
        parallelSyncs, Duration.ZERO, resolveHostnames, announceHostnames, Optional.ofNullable(monitorAddress));
    Proxy proxy = new Proxy(proxyEnabled, proxyImage, proxyReplicas, proxyMinAvailable, 6379, OptionalInt.empty(),
        OptionalInt.empty(), 9101, new ProxyCheck(checkInterval, fall, rise),
        new ProxyTimeouts(Duration.ofSeconds(4), client, client, tunnel, checkTimeout), shutdownSessions);
    MemoryBudget budget = new MemoryBudget(List.of(new BudgetLine("maxmemory", maxmemory, true, "test")), limit,
        maxmemory, maxmemory, Optional.empty());
    Memory memory = new Memory(limit, request, maxmemory, Optional.empty(), policy, false, ByteSize.ofMiB(64), budget);
    Replication replication = new Replication(backlog, new OutputBufferLimit(bufferHard, ByteSize.ofMiB(64), 60),
        minReplicasToWrite, minReplicasMaxLag, true);
    Rdb rdbSettings = new Rdb(rdb, List.of(new SavePoint(Duration.ofSeconds(900), 1)));
    Aof aofSettings = new Aof(aof, fsync, 100, ByteSize.ofMiB(64));
    Persistence persistence = new Persistence(rdbSettings, aofSettings, rdbSettings,
        new Aof(replicaAof, fsync, 100, ByteSize.ofMiB(64)),
        new Volume(volumeType, volumeSize, Optional.empty(), "/var/lib/redis"), stopWritesOnBgsaveError,
        noAppendfsyncOnRewrite);
    return new Spec(
        new Metadata(name, "redis", new TreeMap<>()),
        new Engine(engine, engineVersion, image),
        new Nodes(nodeCount, 6379, nodes),
        sentinel,
        proxy,
        memory,
        replication,
        persistence,
        dataClasses,
        new Auth(authMode, password, sentinelPassword, List.of(), protectedMode),
        new Tls(tls, Optional.empty()),
        new Monitoring(new Exporter(exporter, exporterImage, 9121), false),
        new Backup(false, "0 3 * * *", Duration.ofDays(7), Optional.empty(), Optional.empty()),
        new Placement(spread, true, List.of()),
        new NetworkPolicy(networkPolicy, List.of()),
        new KubernetesSettings("cluster.local", podManagementPolicy, Duration.ofSeconds(60), "500m",
            Optional.ofNullable(cpuLimit), name),
        new ComposeSettings(name, "redis", "unless-stopped", Optional.empty(), false, name),
        Optional.ofNullable(systemd),
        new LintSettings(ignores, new Thresholds(thresholds[0], thresholds[1], thresholds[2], minDownAfter, Duration.ofSeconds(60),
            Duration.ofSeconds(5))));
  }
}
