package io.rhc.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DandyDeveloper {@code redis-ha} values: {@code replicas} pods, each with redis-server and a co-located sentinel;
 * {@code redis.config} and {@code sentinel.config} rendered as their config lines ({@code down-after-milliseconds},
 * {@code failover-timeout} and {@code parallel-syncs} as {@code sentinel <option> <masterGroupName> <value>}),
 * {@code sentinel.quorum} into the monitor line, {@code auth} / {@code sentinel.auth} as passwords,
 * {@code haproxy.enabled} / {@code haproxy.replicas}, {@code redis.resources}, {@code persistentVolume},
 * {@code hardAntiAffinity}.
 */
final class RedisHaValues {
  private static final Set<String> SENTINEL_OPTIONS = Set.of("down-after-milliseconds", "failover-timeout",
      "parallel-syncs");

  private RedisHaValues() {}

  static Optional<ContainerMaterial> read(YamlNode values, List<AuditNote> notes) {
    Optional<YamlNode> redis = values.get("redis");
    Optional<YamlNode> sentinel = values.get("sentinel");
    Located start = values.located();
    String master = redis.flatMap(r -> r.text("masterGroupName")).orElse("mymaster");
    List<ConfigLine> redisLines = new ArrayList<>();
    redis.flatMap(r -> r.get("port")).ifPresent(p -> redisLines.add(ChartValues.line(p.located(), "port",
        p.textOr(""))));
    ChartValues.configMap(redis.flatMap(r -> r.get("config")), redisLines, Set.of(), master);
    values.get("auth").ifPresent(a -> {
      if (ChartValues.flag(Optional.of(a), false)) {
        redisLines.add(ChartValues.line(a.located(), "requirepass", "(the chart's secret)"));
      } else {
        notes.add(new AuditNote(a.located(), "`auth: false`: the nodes take no password; rhc's lint refuses that"
            + " unless protected mode is off behind a network policy, so the spec asks for one"));
      }
    });
    List<ConfigLine> sentinelLines = new ArrayList<>();
    sentinel.flatMap(s -> s.get("port")).ifPresent(p -> sentinelLines.add(ChartValues.line(p.located(), "port",
        p.textOr(""))));
    Optional<YamlNode> quorum = sentinel.flatMap(s -> s.get("quorum"));
    quorum.ifPresent(q -> sentinelLines.add(ChartValues.line(q.located(), "sentinel", "monitor", master,
        ChartValues.FOUND_AT_START, "6379", q.textOr(""))));
    ChartValues.configMap(sentinel.flatMap(s -> s.get("config")), sentinelLines, SENTINEL_OPTIONS, master);
    sentinel.flatMap(s -> s.get("auth")).filter(a -> ChartValues.flag(Optional.of(a), false))
        .ifPresent(a -> sentinelLines.add(ChartValues.line(a.located(), "requirepass", "(the chart's secret)")));
    HostMaterial.Conf redisConf = new HostMaterial.Conf(start.file(), redisLines, false,
        redis.orElse(values).located());
    HostMaterial.Conf sentinelConf = new HostMaterial.Conf(start.file(), sentinelLines, false,
        sentinel.orElse(values).located());
    int replicas = ChartValues.count(values.get("replicas"), 3);
    List<HostMaterial> hosts = new ArrayList<>();
    for (int i = 0; i < replicas; i++) {
      hosts.add(new HostMaterial("server-" + i, Optional.of(redisConf), Optional.of(sentinelConf), Optional.empty()));
    }
    ContainerFacts facts = new ContainerFacts(values.get("replicas").orElse(values).located(), "kubernetes");
    ChartValues.image(values.get("image")).ifPresent(i -> facts.engineImage = i);
    ChartValues.resources(facts, redis.flatMap(r -> r.get("resources")));
    ChartValues.volume(facts, values.get("persistentVolume"));
    Optional<YamlNode> haproxy = values.get("haproxy");
    haproxy.flatMap(h -> h.get("enabled")).ifPresent(e -> facts.proxy = new ContainerFacts.Value(
        ChartValues.flag(Optional.of(e), false) ? String.valueOf(ChartValues.count(haproxy.get().get("replicas"), 3))
            : "0", e.located()));
    values.get("hardAntiAffinity").ifPresent(a -> facts.requiredSpread = new ContainerFacts.Value(
        String.valueOf(ChartValues.flag(Optional.of(a), true)), a.located()));
    notes.add(new AuditNote(start, "a redis-ha values file: the chart's templates add directives of their own, so"
        + " only the values it sets are facts; its HAProxy checks and scripts are the chart's, not read"));
    return Optional.of(new ContainerMaterial(hosts, facts));
  }
}
