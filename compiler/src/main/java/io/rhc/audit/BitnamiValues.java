package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bitnami {@code redis} values. With {@code sentinel.enabled} the chart runs {@code replica.replicaCount} nodes,
 * each with a co-located sentinel; without, one master and {@code replica.replicaCount} replicas and no Sentinel.
 * {@code commonConfiguration} and the nodes' {@code configuration} are redis.conf text, tokenized in place;
 * {@code sentinel.masterSet}, {@code quorum}, {@code downAfterMilliseconds}, {@code failoverTimeout},
 * {@code parallelSyncs} become the sentinel lines; {@code auth.enabled} / {@code auth.sentinel} the passwords;
 * the nodes' {@code resources} (or the {@code resourcesPreset} the chart expands) the memory, their
 * {@code persistence} the volume.
 */
final class BitnamiValues {
  /** Memory of the chart's {@code resourcesPreset}s (bitnami/common {@code _resources.tpl}): request, limit. */
  private static final Map<String, String[]> PRESETS = Map.of("nano", new String[] {"128Mi", "192Mi"},
      "micro", new String[] {"256Mi", "384Mi"}, "small", new String[] {"512Mi", "768Mi"},
      "medium", new String[] {"1024Mi", "1536Mi"}, "large", new String[] {"2048Mi", "3072Mi"},
      "xlarge", new String[] {"3072Mi", "6144Mi"}, "2xlarge", new String[] {"6144Mi", "12288Mi"});

  private BitnamiValues() {}

  static Optional<ContainerMaterial> read(YamlNode values, String text, List<AuditNote> notes, Diagnostics problems) {
    Optional<YamlNode> architecture = values.get("architecture");
    if (architecture.isPresent() && !architecture.get().textOr("").equals("replication")) {
      Located at = architecture.get().located();
      problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, at.file(), at.span().line(),
          at.span().column(), "`architecture: " + architecture.get().textOr("") + "` is one Redis without replicas",
          "rhc builds a replicated cluster with Sentinel: import the values with `architecture: replication`."));
      return Optional.empty();
    }
    Optional<YamlNode> sentinel = values.get("sentinel");
    boolean sentinels = ChartValues.flag(sentinel.flatMap(s -> s.get("enabled")), false);
    Optional<YamlNode> replica = values.get("replica");
    YamlNode nodes = replica.orElse(values);
    List<ConfigLine> redisLines = new ArrayList<>();
    for (Optional<YamlNode> config : List.of(values.get("commonConfiguration"), nodes.get("configuration"))) {
      config.filter(c -> !c.textOr("").isBlank())
          .ifPresent(c -> redisLines.addAll(EmbeddedConfig.read(c, text, notes, problems).lines()));
    }
    Optional<YamlNode> auth = values.get("auth");
    auth.flatMap(a -> a.get("enabled")).filter(e -> ChartValues.flag(Optional.of(e), true))
        .ifPresent(e -> redisLines.add(ChartValues.line(e.located(), "requirepass", "(the chart's secret)")));
    HostMaterial.Conf redis = new HostMaterial.Conf(values.located().file(), redisLines, false, nodes.located());
    Optional<HostMaterial.Conf> sentinelConf = sentinels ? Optional.of(sentinelConf(sentinel.get(), auth))
        : Optional.empty();
    int replicas = ChartValues.count(replica.flatMap(r -> r.get("replicaCount")), 3);
    int count = sentinels ? replicas : 1 + replicas;
    List<HostMaterial> hosts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      hosts.add(new HostMaterial("node-" + i, Optional.of(redis), sentinelConf, Optional.empty()));
    }
    if (!sentinels) {
      notes.add(new AuditNote(sentinel.flatMap(s -> s.get("enabled")).orElse(values).located(), "Sentinel is off:"
          + " nothing fails the master over; rhc always runs Sentinel, so the spec gets sentinels of its own"));
    }
    ContainerFacts facts = new ContainerFacts(replica.flatMap(r -> r.key("replicaCount")).orElse(values).located(),
        "kubernetes");
    ChartValues.image(values.get("image")).ifPresent(i -> facts.engineImage = i);
    if (sentinels) {
      ChartValues.image(sentinel.get().get("image")).ifPresent(i -> facts.sentinelImage = i);
    }
    Optional<YamlNode> resources = nodes.get("resources").filter(r -> !r.entries().isEmpty());
    if (resources.isPresent()) {
      ChartValues.resources(facts, resources);
    } else {
      nodes.get("resourcesPreset").filter(p -> PRESETS.containsKey(p.textOr(""))).ifPresent(p -> {
        facts.memoryRequest = new ContainerFacts.Value(PRESETS.get(p.textOr(""))[0], p.located());
        facts.memoryLimit = new ContainerFacts.Value(PRESETS.get(p.textOr(""))[1], p.located());
      });
    }
    ChartValues.volume(facts, nodes.get("persistence"));
    facts.proxy = new ContainerFacts.Value("0", values.located());
    values.at("networkPolicy", "enabled").ifPresent(e -> facts.networkPolicy = new ContainerFacts.Value(
        String.valueOf(ChartValues.flag(Optional.of(e), false)), e.located()));
    notes.add(new AuditNote(values.located(), "a Bitnami redis values file: the chart's templates and start scripts"
        + " add directives of their own, so only the values it sets are facts"));
    return Optional.of(new ContainerMaterial(hosts, facts));
  }

  private static HostMaterial.Conf sentinelConf(YamlNode sentinel, Optional<YamlNode> auth) {
    String master = sentinel.text("masterSet").orElse("mymaster");
    List<ConfigLine> lines = new ArrayList<>();
    sentinel.get("quorum").ifPresent(q -> lines.add(ChartValues.line(q.located(), "sentinel", "monitor", master,
        ChartValues.FOUND_AT_START, "6379", q.textOr(""))));
    option(sentinel, "downAfterMilliseconds", "down-after-milliseconds", master, lines);
    option(sentinel, "failoverTimeout", "failover-timeout", master, lines);
    option(sentinel, "parallelSyncs", "parallel-syncs", master, lines);
    auth.flatMap(a -> a.get("sentinel")).filter(s -> ChartValues.flag(Optional.of(s), true))
        .ifPresent(s -> lines.add(ChartValues.line(s.located(), "requirepass", "(the chart's secret)")));
    return new HostMaterial.Conf(sentinel.located().file(), lines, false, sentinel.located());
  }

  private static void option(YamlNode sentinel, String key, String option, String master, List<ConfigLine> lines) {
    sentinel.get(key).ifPresent(v -> lines.add(ChartValues.line(v.located(), "sentinel", option, master,
        v.textOr(""))));
  }
}
