package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values file of one of the two Helm charts users copy, recognised by its shape: DandyDeveloper
 * {@code redis-ha} ({@code redis} and {@code sentinel} sections, {@code replicas}, {@code haproxy}) or Bitnami
 * {@code redis} ({@code architecture}, {@code master}, {@code replica}). Its settings become the config lines and
 * container facts the chart's templates would render, each positioned at the value it comes from; the rest of a
 * rendered config (what the templates add) is not known, so no directive left out counts as a default.
 */
final class ChartValues {
  private static final Set<String> REDIS_HA = Set.of("replicas", "haproxy", "hardAntiAffinity", "persistentVolume");
  private static final Set<String> BITNAMI = Set.of("architecture", "master", "replica", "commonConfiguration");

  /** The host of a monitor line a chart's start script writes: the node it finds then, not a value. */
  static final String FOUND_AT_START = "(a node found at start)";

  private ChartValues() {}

  static boolean isValues(YamlNode doc) {
    if (doc.get("kind").isPresent() || doc.get("services").isPresent()) {
      return false;
    }
    Set<String> keys = doc.entries().keySet();
    boolean redisHa = doc.get("redis").isPresent() && doc.get("sentinel").isPresent()
        && keys.stream().anyMatch(REDIS_HA::contains);
    return redisHa || keys.stream().filter(BITNAMI::contains).count() >= 2;
  }

  static Optional<ContainerMaterial> read(YamlNode values, String text, List<AuditNote> notes, Diagnostics problems) {
    return values.get("architecture").isPresent() || values.get("replica").isPresent()
        ? BitnamiValues.read(values, text, notes, problems)
        : RedisHaValues.read(values, notes);
  }

  /** A config line the chart renders from a value: the directive and its arguments, all at {@code at}. */
  static ConfigLine line(Located at, String... words) {
    List<ConfigToken> tokens = new ArrayList<>();
    for (String w : words) {
      tokens.add(new ConfigToken(w, at.span().line(), at.span().column()));
    }
    return new ConfigLine(at.file(), tokens);
  }

  /** A {@code key: value} entry of a config map as the chart renders it: {@code key value}, a list as one line each. */
  static void configMap(Optional<YamlNode> map, List<ConfigLine> out, Set<String> sentinelOptions, String master) {
    map.map(YamlNode::entries).orElse(Map.of()).forEach((key, value) -> {
      List<YamlNode> items = value.items().isEmpty() ? List.of(value) : value.items();
      for (YamlNode item : items) {
        List<String> words = new ArrayList<>();
        if (sentinelOptions.contains(key)) {
          words.addAll(List.of("sentinel", key, master));
        } else {
          words.add(key);
        }
        String v = item.textOr("");
        words.addAll(v.isEmpty() ? List.of("") : List.of(v.split(" +")));
        out.add(line(item.located(), words.toArray(String[]::new)));
      }
    });
  }

  /** The chart's data container: memory limit and request, or {@code null}s. */
  static void resources(ContainerFacts facts, Optional<YamlNode> resources) {
    resources.flatMap(r -> r.at("limits", "memory")).flatMap(ChartValues::memory).ifPresent(v -> facts.memoryLimit = v);
    resources.flatMap(r -> r.at("requests", "memory")).or(() -> resources.flatMap(r -> r.at("limits", "memory")))
        .flatMap(ChartValues::memory).ifPresent(v -> facts.memoryRequest = v);
  }

  static Optional<ContainerFacts.Value> memory(YamlNode value) {
    return Quantities.kubernetes(value.textOr("")).filter(b -> b > 0)
        .map(b -> new ContainerFacts.Value(Quantities.spec(b), value.located()));
  }

  /** {@code repository:tag} (with {@code registry/} in front when the chart has one). */
  static Optional<ContainerFacts.Value> image(Optional<YamlNode> image) {
    Optional<YamlNode> tag = image.flatMap(i -> i.get("tag"));
    Optional<String> repository = image.flatMap(i -> i.text("repository"));
    if (tag.isEmpty() || repository.isEmpty()) {
      return Optional.empty();
    }
    String registry = image.flatMap(i -> i.text("registry")).filter(r -> !r.isEmpty()).map(r -> r + "/").orElse("");
    return Optional.of(new ContainerFacts.Value(registry + repository.get() + ":" + tag.get().textOr(""),
        tag.get().located()));
  }

  static int count(Optional<YamlNode> value, int byDefault) {
    try {
      return value.flatMap(YamlNode::text).map(Integer::parseInt).map(n -> Math.max(0, Math.min(n, 99)))
          .orElse(byDefault);
    } catch (NumberFormatException e) {
      return byDefault;
    }
  }

  static boolean flag(Optional<YamlNode> value, boolean byDefault) {
    return value.flatMap(YamlNode::text).map(Boolean::parseBoolean).orElse(byDefault);
  }

  /** The chart's persistent volume: enabled, size, storage class. */
  static void volume(ContainerFacts facts, Optional<YamlNode> persistence) {
    persistence.flatMap(p -> p.get("enabled")).ifPresent(e -> facts.volumeType = new ContainerFacts.Value(
        Boolean.parseBoolean(e.textOr("true")) ? "persistent" : "ephemeral", e.located()));
    persistence.flatMap(p -> p.get("size")).flatMap(ChartValues::memory).ifPresent(v -> facts.volumeSize = v);
    persistence.flatMap(p -> p.get("storageClass")).filter(c -> !Set.of("", "-", "~", "null").contains(c.textOr("")))
        .ifPresent(c -> facts.storageClass = new ContainerFacts.Value(c.textOr(""), c.located()));
  }
}
