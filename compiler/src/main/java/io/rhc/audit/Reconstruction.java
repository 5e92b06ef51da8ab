package io.rhc.audit;

import static io.rhc.audit.SpecTree.bool;
import static io.rhc.audit.SpecTree.number;
import static io.rhc.audit.SpecTree.text;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.source.SourceFile;
import io.rhc.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Host directories to the spec they describe. A directive left out is Redis', Sentinel's or HAProxy's own default
 * (what the running process uses), located at the line that owns the setting (the {@code sentinel monitor} line,
 * the server line) or the file's first line. What no file shows (memory limits, images, data classes) is a
 * placeholder, and {@link RuleInputs} keeps every rule that reads one from running.
 */
public final class Reconstruction {
  private final SpecTree tree = new SpecTree();
  private final DirectiveUse use = new DirectiveUse();
  private final Optional<ContainerFacts> containers;
  private final Optional<RhcClusterEnv> clusterEnv;
  private final List<AuditNote> notes;
  private final Diagnostics problems;

  private Reconstruction(Optional<ContainerFacts> containers, Optional<RhcClusterEnv> clusterEnv,
      List<AuditNote> notes, Diagnostics problems) {
    this.containers = containers;
    this.clusterEnv = clusterEnv;
    this.notes = notes;
    this.problems = problems;
  }

  /** Host directories, or (with {@code containers}) the pods or compose services of one containerised cluster. */
  public static AuditedCluster of(AuditMaterial material, Map<String, SourceFile> sources, Diagnostics problems) {
    Reconstruction r = new Reconstruction(material.containers(), material.clusterEnv(), material.notes(),
        problems);
    r.build(material.hosts());
    Located fallback = sources.isEmpty() ? new Located("(no files)", Span.at(1, 1))
        : new Located(sources.keySet().iterator().next(), Span.at(1, 1));
    List<Diagnostic> found = problems.all();
    return new AuditedCluster(r.tree.root, r.tree.locations, r.tree.shown, sources, found, fallback,
        List.copyOf(material.notes()), r.tree.programDefaults, r.use.passedThrough, r.use.unmapped,
        material.containers().map(c -> c.target).or(() -> r.tree.root.path("spec").has("systemd")
            ? Optional.of("systemd") : Optional.empty()));
  }

  private void build(List<HostMaterial> hosts) {
    ObjectNode root = tree.root;
    root.put("apiVersion", "rhc/v1");
    root.put("kind", "RedisHA");
    List<HostMaterial.Conf> redis = hosts.stream().flatMap(h -> h.redis().stream()).toList();
    List<HostMaterial.Conf> sentinels = hosts.stream().flatMap(h -> h.sentinel().stream()).toList();
    redis.stream().distinct().forEach(c -> PlaceholderSecrets.check(c, problems));
    sentinels.stream().distinct().forEach(c -> PlaceholderSecrets.check(c, problems));
    redis.stream().distinct().forEach(c -> KnownDirectives.check(c, false, problems));
    sentinels.stream().distinct().forEach(c -> KnownDirectives.check(c, true, problems));
    List<HostMaterial.Haproxy> proxies = hosts.stream().flatMap(h -> h.haproxy().stream()).toList();
    Optional<ConfigLine> monitor = sentinels.stream().flatMap(s -> s.sentinel("monitor").stream()).findFirst();
    String masterName = monitor.map(m -> m.arg(2)).orElse("mymaster");
    root.putObject("metadata").put("name", clusterName(hosts, masterName));
    tree.placeholder("memory.limit", text("64Gi"));
    tree.placeholder("engine.version", text("7.2.7"));
    if (!redis.isEmpty()) {
      tree.shown("nodes.count", number(redis.size()), start(redis.get(0)));
      data(redis.get(0));
      PersistenceFacts.apply(redis.get(0), tree, problems);
      replicaPriority(redis.stream().distinct().toList());
      use.engine(redis.stream().distinct().toList());
    }
    if (!sentinels.isEmpty()) {
      sentinel(sentinels, monitor);
      use.sentinel(sentinels);
      boolean dedicated = hosts.stream().anyMatch(h -> h.sentinel().isPresent() && h.redis().isEmpty());
      tree.shown("sentinel.placement", text(dedicated ? "dedicated" : "colocated"),
          hosts.stream().filter(h -> h.sentinel().isPresent()).findFirst().flatMap(HostMaterial::sentinel)
              .map(HostMaterial.Conf::origin).orElseThrow());
    }
    if (redis.isEmpty()) {
      tree.placeholder("nodes.count", number(3));
    }
    if (sentinels.isEmpty()) {
      tree.placeholder("sentinel.count", number(3));
      tree.placeholder("sentinel.quorum", number(2));
      tree.placeholder("sentinel.placement", text("dedicated"));
    }
    proxy(proxies);
    containers.ifPresent(c -> c.apply(tree, !proxies.isEmpty()));
    clusterEnv.ifPresent(e -> e.apply(tree));
    if (!redis.isEmpty() && !sentinels.isEmpty() && containers.isEmpty()) {
      hosts(hosts, monitor, redis.size());
    }
  }

  private void data(HostMaterial.Conf conf) {
    intOf(conf, "port").ifPresent(p -> tree.shown("nodes.port", number(p), at(conf, "port")));
    Optional<ConfigLine> pass = conf.last("requirepass").filter(l -> !l.arg(1).isEmpty());
    if (pass.isPresent() || conf.complete()) {
      tree.shown("auth.mode", text(pass.isPresent() ? "password" : "none"), at(conf, "requirepass"),
          pass.isPresent());
    }
    pass.ifPresent(l -> tree.shown("auth.password", secret("REDIS_PASSWORD"), Located.of(l.tokens().get(1), l.file())));
    if (conf.last("protected-mode").isPresent() || conf.complete()) {
      tree.shown("auth.protectedMode", bool(!conf.last("protected-mode").map(l -> l.arg(1)).orElse("yes")
          .equalsIgnoreCase("no")), at(conf, "protected-mode"), conf.last("protected-mode").isPresent());
    }
    if (conf.last("min-replicas-to-write").isPresent() || conf.complete()) {
      tree.shown("replication.minReplicasToWrite", number(intOf(conf, "min-replicas-to-write").orElse(0)),
          at(conf, "min-replicas-to-write"), conf.last("min-replicas-to-write").isPresent());
    }
    conf.last("maxmemory-policy").ifPresentOrElse(
        l -> tree.shown("memory.policy", text(l.arg(1).toLowerCase(Locale.ROOT)), Located.of(l.tokens().get(1), l.file())),
        () -> {
          if (conf.complete()) {
            tree.shownDefault("memory.policy", text("noeviction"), start(conf));
          }
        });
    conf.last("maxmemory").ifPresent(l -> Quantities.redis(l.arg(1)).ifPresentOrElse(
        bytes -> maxmemory(bytes, Located.of(l.tokens().get(1), l.file())),
        () -> problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, l.file(), l.line(),
            l.tokens().get(0).column(), "`maxmemory " + l.arg(1) + "` is not a size",
            "Write it as Redis documents it (`640mb`, `1gb`)."))));
    if (conf.last("maxmemory").isEmpty() && conf.complete()) {
      maxmemory(0, start(conf));
    }
    replication(conf);
    for (String directive : List.of("enable-debug-command", "enable-module-command", "enable-protected-configs")) {
      conf.last(directive).ifPresent(l -> tree.shown("engine.config." + directive, text(l.arg(1)),
          Located.of(l.tokens().get(0), l.file())));
    }
    if (conf.complete()) {
      tree.shownAbsent("engine.config", start(conf));
    }
    Optional<ConfigLine> tlsPort = conf.last("tls-port");
    if (tlsPort.map(l -> l.arg(1).equals("0")).orElse(conf.complete())) {
      tree.shown("tls.enabled", bool(false), tlsPort.or(() -> pass).map(l -> Located.of(l.tokens().get(0), l.file()))
          .orElse(start(conf)));
    }
  }

  /** {@code repl-backlog-size} (Redis' default 1mb) and the replica class of {@code client-output-buffer-limit}. */
  private void replication(HostMaterial.Conf conf) {
    Optional<ConfigLine> backlog = conf.last("repl-backlog-size");
    if (backlog.isPresent() || conf.complete()) {
      long bytes = backlog.flatMap(l -> Quantities.redis(l.arg(1))).orElse(1024L * 1024);
      tree.shown("replication.backlogSize", text(Quantities.spec(bytes)),
          backlog.map(l -> Located.of(l.tokens().get(1), l.file())).orElse(start(conf)), backlog.isPresent());
    }
    Optional<ConfigLine> buffer = conf.lines().stream().filter(l -> l.directive().equals("client-output-buffer-limit")
        && (l.arg(1).equalsIgnoreCase("replica") || l.arg(1).equalsIgnoreCase("slave")) && l.tokens().size() == 5)
        .reduce((a, b) -> b);
    if (buffer.isPresent() || conf.complete()) {
      ConfigLine l = buffer.orElse(null);
      long hard = l == null ? 256L * 1024 * 1024 : Quantities.redis(l.arg(2)).orElse(256L * 1024 * 1024);
      long soft = l == null ? 64L * 1024 * 1024 : Quantities.redis(l.arg(3)).orElse(64L * 1024 * 1024);
      Located at = l == null ? start(conf) : Located.of(l.tokens().get(2), l.file());
      tree.shown("replication.replicaOutputBuffer.hard", text(Quantities.spec(hard)), at, l != null);
      tree.shown("replication.replicaOutputBuffer.soft", text(Quantities.spec(soft)), at, l != null);
      if (l != null) {
        integer(l, 4).ifPresent(sec -> tree.shown("replication.replicaOutputBuffer.softSeconds", number(sec), at));
      }
    }
  }

  /** {@code replica-priority} (alias {@code slave-priority}, default 100) when every data node has the same. */
  private void replicaPriority(List<HostMaterial.Conf> confs) {
    List<Integer> priorities = new ArrayList<>();
    Located at = null;
    for (HostMaterial.Conf conf : confs) {
      Optional<ConfigLine> line = conf.last("replica-priority").or(() -> conf.last("slave-priority"));
      if (line.isEmpty() && !conf.complete()) {
        return;
      }
      priorities.add(line.flatMap(l -> integer(l, 1)).orElse(100));
      at = at != null ? at : line.map(l -> Located.of(l.tokens().get(1), l.file())).orElse(start(conf));
    }
    if (!priorities.isEmpty() && priorities.stream().distinct().count() == 1) {
      tree.shown("nodes.replicaPriority", number(priorities.get(0)), at);
    }
  }

  /**
   * {@code maxmemory 0} (also Redis' default) is no limit at all, which the spec cannot say: under a container memory
   * limit it is RHC2001 at its worst (the kernel OOM-kills Redis instead of Redis refusing writes), reported here.
   */
  private void maxmemory(long bytes, Located at) {
    if (bytes > 0) {
      tree.shown("memory.maxmemory", text(Quantities.spec(bytes)), at);
      return;
    }
    use.unmapped.add(new Unmapped(at, "maxmemory 0", "no limit, which the spec cannot say: rhc derives `maxmemory`"
        + " from `memory.limit` (or takes `memory.maxmemory`)"));
    containers.map(c -> c.memoryLimit).ifPresent(limit -> problems.add(Diagnostic.of(Severity.ERROR, "RHC2001",
        SpecTree.SPEC.resolve("memory.maxmemory"), "`maxmemory` is 0 (no limit) under the " + limit.text()
            + " memory limit: Redis grows until the kernel OOM-kills it, during a fork first",
        "Set `maxmemory` in redis.conf to at most 85% of the limit (75% for write-heavy loads), so Redis refuses"
            + " writes (or evicts) before the container is killed.").withLocation(at.file(), at.span())));
  }

  private void sentinel(List<HostMaterial.Conf> sentinels, Optional<ConfigLine> monitor) {
    HostMaterial.Conf first = sentinels.get(0);
    Located monitorAt = monitor.map(m -> Located.of(m.tokens().get(0), m.file())).orElse(start(first));
    if (monitor.isEmpty() && !first.lines().isEmpty()) {
      monitorAt = Located.of(first.lines().get(0).tokens().get(0), first.lines().get(0).file());
    }
    tree.shown("sentinel.count", number(sentinels.size()), monitorAt);
    if (monitor.isEmpty() && !first.complete()) {
      notes.add(new AuditNote(monitorAt, "no `sentinel monitor` line: it is written at start, so the monitored"
          + " address and the quorum are not read"));
    } else if (monitor.isEmpty() || monitor.get().tokens().size() != 6) {
      problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, first.file(), monitorAt.span().line(),
          monitorAt.span().column(), "No `sentinel monitor <name> <host> <port> <quorum>` line",
          "Sentinel needs one monitor line per master group."));
      return;
    } else {
      ConfigLine m = monitor.get();
      tree.shown("sentinel.masterName", text(m.arg(2)), Located.of(m.tokens().get(2), m.file()));
      if (!m.arg(3).equals(ChartValues.FOUND_AT_START)) {
        tree.shown("sentinel.monitorAddress", text(m.arg(3)), Located.of(m.tokens().get(3), m.file()));
      }
      integer(m, 5).ifPresent(q -> tree.shown("sentinel.quorum", number(q), Located.of(m.tokens().get(5), m.file())));
    }
    millis(first, "down-after-milliseconds", 30_000, monitorAt, "sentinel.downAfter");
    millis(first, "failover-timeout", 180_000, monitorAt, "sentinel.failoverTimeout");
    Optional<ConfigLine> syncs = first.sentinel("parallel-syncs");
    if (syncs.isPresent() || first.complete()) {
      tree.shown("sentinel.parallelSyncs", number(syncs.flatMap(l -> integer(l, 3)).orElse(1)),
          syncs.map(l -> Located.of(l.tokens().get(3), l.file())).orElse(monitorAt), syncs.isPresent());
    }
    flag(first, "resolve-hostnames", "sentinel.resolveHostnames", monitorAt);
    flag(first, "announce-hostnames", "sentinel.announceHostnames", monitorAt);
    intOf(first, "port").ifPresent(p -> tree.shown("sentinel.port", number(p), at(first, "port")));
    first.last("requirepass").ifPresent(l ->
        tree.shown("auth.sentinelPassword", secret("SENTINEL_PASSWORD"), Located.of(l.tokens().get(0), l.file())));
  }

  private void proxy(List<HostMaterial.Haproxy> proxies) {
    if (proxies.isEmpty()) {
      tree.placeholder("proxy.enabled", bool(false));
      return;
    }
    HostMaterial.Haproxy first = proxies.get(0);
    Located start = new Located(first.file(), Span.at(1, 1));
    tree.shown("proxy.enabled", bool(true), start);
    tree.shown("proxy.replicas", number(proxies.size()), start);
    HaproxyChecks.of(first, problems).apply(tree);
  }

  private void hosts(List<HostMaterial> hosts, Optional<ConfigLine> monitor, int nodeCount) {
    ArrayNode array = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    String monitored = monitor.map(m -> m.arg(3)).orElse("");
    int zero = 0;
    List<HostMaterial> data = hosts.stream().filter(h -> h.redis().isPresent()).toList();
    for (int i = 0; i < data.size(); i++) {
      if (data.get(i).name().equals(monitored)) {
        zero = i;
      }
    }
    if (monitored.isEmpty() || data.stream().noneMatch(h -> h.name().equals(monitored))) {
      for (int i = 0; i < data.size(); i++) {
        if (data.get(i).redis().get().last("replicaof").isEmpty() && data.get(i).redis().get().last("slaveof").isEmpty()) {
          zero = i;
          break;
        }
      }
    }
    int next = 1;
    for (HostMaterial host : hosts) {
      ObjectNode entry = array.addObject();
      entry.put("name", host.name());
      ArrayNode roles = entry.putArray("roles");
      host.redis().ifPresent(r -> roles.add("redis"));
      host.sentinel().ifPresent(r -> roles.add("sentinel"));
      host.haproxy().ifPresent(r -> roles.add("proxy"));
      if (host.redis().isPresent()) {
        entry.put("node", data.indexOf(host) == zero ? 0 : next++);
      }
    }
    tree.shownAbsent("systemd", new Located(hosts.get(0).name(), Span.at(1, 1)));
    tree.shown("systemd.hosts", array, monitor.map(m -> Located.of(m.tokens().get(3), m.file()))
        .orElse(new Located(hosts.isEmpty() ? "" : hosts.get(0).name(), Span.at(1, 1))));
  }

  private void millis(HostMaterial.Conf conf, String sub, int byDefault, Located monitorAt, String path) {
    Optional<ConfigLine> line = conf.sentinel(sub);
    if (line.isEmpty() && !conf.complete()) {
      return;
    }
    int ms = line.flatMap(l -> integer(l, 3)).orElse(byDefault);
    tree.shown(path, text(ms + "ms"), line.map(l -> Located.of(l.tokens().get(3), l.file())).orElse(monitorAt),
        line.isPresent());
  }

  private void flag(HostMaterial.Conf conf, String sub, String path, Located monitorAt) {
    Optional<ConfigLine> line = conf.sentinel(sub);
    if (line.isEmpty() && !conf.complete()) {
      return;
    }
    boolean on = line.map(l -> l.arg(2).equalsIgnoreCase("yes")).orElse(false);
    tree.shown(path, bool(on), line.map(l -> Located.of(l.tokens().get(2), l.file())).orElse(monitorAt),
        line.isPresent());
  }

  private Optional<Integer> intOf(HostMaterial.Conf conf, String directive) {
    return conf.last(directive).flatMap(l -> integer(l, 1));
  }

  private Optional<Integer> integer(ConfigLine line, int arg) {
    if (arg >= line.tokens().size()) {
      return Optional.empty();
    }
    ConfigToken token = line.tokens().get(arg);
    try {
      return Optional.of(Integer.parseInt(token.text()));
    } catch (NumberFormatException e) {
      problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, line.file(), token.line(), token.column(),
          "`" + token.text() + "` is not a whole number", "Write the value as digits."));
      return Optional.empty();
    }
  }

  private static Located at(HostMaterial.Conf conf, String directive) {
    return conf.last(directive).map(l -> Located.of(l.tokens().get(0), l.file())).orElse(start(conf));
  }

  private static Located start(HostMaterial.Conf conf) {
    return conf.origin();
  }

  private static ObjectNode secret(String env) {
    ObjectNode ref = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    ref.put("env", env);
    return ref;
  }

  private static String clusterName(List<HostMaterial> hosts, String masterName) {
    String name = masterName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-").replaceAll("^-+|-+$", "");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "audited";
    }
    return name.length() > 40 ? name.substring(0, 40).replaceAll("-+$", "") : name;
  }
}
