package io.rhc.audit;

import io.rhc.engine.OwnedDirectives;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What became of every directive of the data nodes' and sentinels' configs beyond the values the reconstruction
 * maps to spec keys: a directive rhc has no key for goes to {@code engine.config} / {@code sentinel.config} as
 * written; one rhc writes itself, one Redis does not know, one that differs between nodes, or a Sentinel option
 * with no key is listed with the reason it has no place in the spec.
 */
final class DirectiveUse {
  /** redis.conf directives the reconstruction turns into spec values. */
  static final Set<String> MAPPED_ENGINE = Set.of("port", "requirepass", "protected-mode", "min-replicas-to-write",
      "min-slaves-to-write", "maxmemory", "maxmemory-policy", "repl-backlog-size", "replica-priority",
      "slave-priority", "save", "appendonly", "appendfsync", "auto-aof-rewrite-percentage",
      "auto-aof-rewrite-min-size", "stop-writes-on-bgsave-error", "no-appendfsync-on-rewrite", "repl-diskless-sync",
      "min-replicas-max-lag", "min-slaves-max-lag", "enable-debug-command", "enable-module-command",
      "enable-protected-configs");
  /** sentinel.conf directives and {@code sentinel} options the reconstruction turns into spec values. */
  static final Set<String> MAPPED_SENTINEL = Set.of("port", "requirepass", "monitor", "down-after-milliseconds",
      "failover-timeout", "parallel-syncs", "resolve-hostnames", "announce-hostnames");
  /** Options the engine config may repeat, one line each (the spec takes a list). */
  private static final Set<String> REPEATABLE = Set.of("loadmodule", "client-output-buffer-limit");
  /** Written for one node only, so they may differ between nodes. */
  private static final Set<String> PER_NODE = Set.of("replicaof", "slaveof", "replica-announce-ip",
      "slave-announce-ip", "replica-announce-port", "slave-announce-port", "replica-priority", "slave-priority");

  final List<PassedThrough> passedThrough = new ArrayList<>();
  final List<Unmapped> unmapped = new ArrayList<>();

  void engine(List<HostMaterial.Conf> nodes) {
    if (nodes.isEmpty()) {
      return;
    }
    HostMaterial.Conf first = nodes.get(0);
    Map<String, List<ConfigLine>> rest = new LinkedHashMap<>();
    for (ConfigLine line : first.lines()) {
      String name = line.directive();
      if (name.equals("client-output-buffer-limit") && isReplicaClass(line)) {
        continue;
      }
      if (!MAPPED_ENGINE.contains(name)) {
        rest.computeIfAbsent(name, k -> new ArrayList<>()).add(line);
      }
    }
    rest.forEach((name, lines) -> engineDirective(name, lines));
    for (HostMaterial.Conf other : nodes.subList(1, nodes.size())) {
      differences(first, other);
    }
  }

  private void engineDirective(String name, List<ConfigLine> lines) {
    ConfigLine last = lines.get(lines.size() - 1);
    Located at = Located.of(last.tokens().get(0), last.file());
    Optional<OwnedDirectives.Owner> owner = OwnedDirectives.engine(name);
    if (owner.isPresent()) {
      lines.forEach(l -> unmapped.add(new Unmapped(Located.of(l.tokens().get(0), l.file()), text(l),
          "rhc writes it: " + reason(owner.get()))));
    } else if (name.startsWith("tls-")) {
      unmapped.add(new Unmapped(at, text(last), "rhc writes the TLS settings from `spec.tls`; give it the"
          + " certificate source there"));
    } else if (!KnownDirectives.knows(name, false)) {
      unmapped.add(new Unmapped(at, text(last), "not a directive Redis knows (RHC0508)"));
    } else if (REPEATABLE.contains(name)) {
      ArrayNode values = JsonNodeFactory.instance.arrayNode();
      lines.forEach(l -> values.add(arguments(l)));
      passedThrough.add(new PassedThrough("engine.config." + name, values, at));
    } else {
      passedThrough.add(new PassedThrough("engine.config." + name, JsonNodeFactory.instance.stringNode(arguments(last)),
          at));
    }
  }

  void sentinel(List<HostMaterial.Conf> sentinels) {
    if (sentinels.isEmpty()) {
      return;
    }
    for (ConfigLine line : sentinels.get(0).lines()) {
      String name = line.directive();
      Located at = Located.of(line.tokens().get(0), line.file());
      if (name.equals("sentinel")) {
        String option = line.arg(1).toLowerCase(Locale.ROOT);
        if (!MAPPED_SENTINEL.contains(option)) {
          unmapped.add(new Unmapped(at, text(line), OwnedDirectives.sentinel(option)
              .map(o -> "rhc writes it: " + reason(o))
              .orElse("Sentinel's own option, which the spec has no key for")));
        }
      } else if (!MAPPED_SENTINEL.contains(name)) {
        Optional<OwnedDirectives.Owner> owner = OwnedDirectives.sentinel(name);
        if (owner.isPresent()) {
          unmapped.add(new Unmapped(at, text(line), "rhc writes it: " + reason(owner.get())));
        } else if (!KnownDirectives.knows(name, true)) {
          unmapped.add(new Unmapped(at, text(line), "not a directive Sentinel knows (RHC0508)"));
        } else {
          passedThrough.add(new PassedThrough("sentinel.config." + name,
              JsonNodeFactory.instance.stringNode(arguments(line)), at));
        }
      }
    }
  }

  /** Directives another node sets differently from the first: the spec gives every node the same config. */
  private void differences(HostMaterial.Conf first, HostMaterial.Conf other) {
    Map<String, String> reference = lastValues(first);
    Map<String, ConfigLine> lines = new LinkedHashMap<>();
    other.lines().forEach(l -> lines.put(l.directive(), l));
    lines.forEach((name, line) -> {
      if (!PER_NODE.contains(name) && !arguments(line).equals(reference.get(name))) {
        unmapped.add(new Unmapped(Located.of(line.tokens().get(0), line.file()), text(line), "differs from "
            + first.file() + ", which the spec follows: every data node gets the same settings"));
      }
    });
  }

  private static Map<String, String> lastValues(HostMaterial.Conf conf) {
    Map<String, String> values = new LinkedHashMap<>();
    conf.lines().forEach(l -> values.put(l.directive(), arguments(l)));
    return values;
  }

  private static boolean isReplicaClass(ConfigLine line) {
    String kind = line.arg(1).toLowerCase(Locale.ROOT);
    return (kind.equals("replica") || kind.equals("slave")) && line.tokens().size() == 5;
  }

  private static String reason(OwnedDirectives.Owner owner) {
    return owner.specKey().isEmpty() ? lowerFirst(owner.why())
        : "from `" + owner.specKey() + "`";
  }

  private static String lowerFirst(String s) {
    String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    return t.isEmpty() ? t : Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }

  private static String arguments(ConfigLine line) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < line.tokens().size(); i++) {
      out.append(i > 1 ? " " : "").append(line.arg(i));
    }
    return out.toString();
  }

  /** The line as a config file would show it, for the comment that lists it. */
  static String text(ConfigLine line) {
    StringBuilder out = new StringBuilder();
    for (ConfigToken t : line.tokens()) {
      String word = t.text();
      boolean quote = word.isEmpty() || word.chars().anyMatch(c -> c == ' ' || c == '"' || c == '#');
      out.append(out.length() > 0 ? " " : "").append(quote ? "\"" + word.replace("\"", "\\\"") + "\"" : word);
    }
    return out.toString();
  }
}
