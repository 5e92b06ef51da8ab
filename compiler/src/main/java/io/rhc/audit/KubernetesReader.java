package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes objects (plain manifests, {@code kubectl kustomize} or {@code helm template} output) to the cluster
 * they run: every StatefulSet or Deployment replica whose container runs redis-server is a data node, one running
 * Sentinel a sentinel, one running HAProxy a proxy. Their configs come from the ConfigMap key the container starts
 * from (directly, or copied at start by an init container or script); positions stay in the manifest. Services,
 * NetworkPolicies and client Deployments add what the configs cannot show. Any other kind is a note.
 */
final class KubernetesReader {
  private static final Set<String> WORKLOADS = Set.of("StatefulSet", "Deployment");
  private static final Set<String> READ = Set.of("StatefulSet", "Deployment", "Service", "ConfigMap", "NetworkPolicy");

  private final Map<String, String> texts;
  private final List<AuditNote> notes;
  private final Diagnostics problems;
  private final Map<String, YamlNode> configMaps = new HashMap<>();
  private final List<PodTemplate> pods = new ArrayList<>();
  private final List<YamlNode> services = new ArrayList<>();
  private final List<YamlNode> policies = new ArrayList<>();
  private final Map<String, HostMaterial.Conf> embedded = new LinkedHashMap<>();
  private Located sentinelMount;

  private KubernetesReader(Map<String, String> texts, List<AuditNote> notes, Diagnostics problems) {
    this.texts = texts;
    this.notes = notes;
    this.problems = problems;
  }

  /** The cluster {@code documents} describe; empty when none of them runs Redis. */
  static Optional<ContainerMaterial> read(List<YamlNode> documents, Map<String, String> texts, List<AuditNote> notes,
      Diagnostics problems) {
    KubernetesReader reader = new KubernetesReader(texts, notes, problems);
    documents.forEach(reader::sort);
    return reader.cluster();
  }

  private void sort(YamlNode doc) {
    Optional<YamlNode> kindNode = doc.get("kind");
    String kind = kindNode.flatMap(YamlNode::text).orElse("");
    if (kind.equals("List")) {
      doc.at("items").map(YamlNode::items).orElse(List.of()).forEach(this::sort);
      return;
    }
    if (!READ.contains(kind)) {
      notes.add(new AuditNote(kindNode.orElse(doc).located(), kind.isEmpty() ? "a document without `kind` is not"
          + " a Kubernetes object; not audited" : "kind " + kind + " is not audited"));
      return;
    }
    String name = doc.text("metadata", "name").orElse("");
    switch (kind) {
      case "ConfigMap" -> configMaps.put(name, doc);
      case "Service" -> services.add(doc);
      case "NetworkPolicy" -> policies.add(doc);
      default -> template(doc, kind, name).ifPresent(pods::add);
    }
  }

  private Optional<PodTemplate> template(YamlNode doc, String kind, String name) {
    Optional<YamlNode> spec = doc.at("spec", "template", "spec");
    if (spec.isEmpty()) {
      notes.add(new AuditNote(doc.located(), kind + " " + name + " has no pod template; not audited"));
      return Optional.empty();
    }
    int replicas = 1;
    Optional<YamlNode> count = doc.at("spec", "replicas");
    if (count.isPresent()) {
      try {
        replicas = Integer.parseInt(count.get().textOr(""));
      } catch (NumberFormatException e) {
        Located at = count.get().located();
        problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, at.file(), at.span().line(),
            at.span().column(), "`replicas` is not a whole number", "Write the replica count as digits."));
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    doc.at("spec", "template", "metadata", "labels").map(YamlNode::entries).orElse(Map.of())
        .forEach((k, v) -> labels.put(k, v.textOr("")));
    return Optional.of(new PodTemplate(doc, kind, name, Math.max(0, Math.min(replicas, 99)), labels, spec.get()));
  }

  private Optional<ContainerMaterial> cluster() {
    List<HostMaterial> hosts = new ArrayList<>();
    PodTemplate data = null;
    YamlNode dataContainer = null;
    for (PodTemplate pod : pods) {
      Optional<HostMaterial.Conf> redis = Optional.empty();
      Optional<HostMaterial.Conf> sentinel = Optional.empty();
      Optional<HostMaterial.Haproxy> haproxy = Optional.empty();
      for (YamlNode container : pod.containers()) {
        ContainerCommand command = command(container);
        switch (command.role()) {
          case REDIS -> {
            redis = Optional.of(conf(pod, container, command, "redis.conf"));
            if (data == null) {
              data = pod;
              dataContainer = container;
            }
          }
          case SENTINEL -> sentinel = Optional.of(conf(pod, container, command, "sentinel.conf"));
          case HAPROXY -> haproxy = haproxy(pod, container, command);
          case OTHER -> { }
        }
      }
      for (int i = 0; i < pod.replicas(); i++) {
        if (redis.isPresent() || sentinel.isPresent() || haproxy.isPresent()) {
          hosts.add(new HostMaterial(pod.name() + "-" + i, redis, sentinel, haproxy));
        }
      }
    }
    if (data == null) {
      return Optional.empty();
    }
    ContainerFacts facts = new ContainerFacts(data.workload().get("kind").orElse(data.workload()).located(),
        "kubernetes");
    containerFacts(facts, data, dataContainer);
    facts.sentinelMount = sentinelMount;
    rhcOutput(facts, data, dataContainer);
    return Optional.of(new ContainerMaterial(hosts, facts));
  }

  /** What rhc's own output shows beyond the configs: its cluster.env, namespace, password Secret and volume. */
  private void rhcOutput(ContainerFacts facts, PodTemplate data, YamlNode container) {
    copiedFrom(data, RhcClusterEnv.FILE).ifPresent(env -> RhcClusterEnv.of(env.file(), env.textOr(""),
        EmbeddedConfig.read(env, texts.getOrDefault(env.file(), ""), new ArrayList<>(), new Diagnostics()).lines())
        .ifPresent(e -> facts.clusterEnv = e));
    data.workload().at("metadata", "namespace").ifPresent(n -> facts.namespace = new ContainerFacts.Value(
        n.textOr(""), n.located()));
    for (YamlNode env : container.at("env").map(YamlNode::items).orElse(List.of())) {
      Optional<YamlNode> ref = env.at("valueFrom", "secretKeyRef");
      if (env.text("name").orElse("").equals("REDIS_PASSWORD") && ref.isPresent()) {
        ref.get().get("name").ifPresent(n -> facts.passwordSecret = new ContainerFacts.Value(n.textOr(""),
            n.located()));
        ref.get().get("key").ifPresent(k -> facts.passwordSecretKey = new ContainerFacts.Value(k.textOr(""),
            k.located()));
      }
    }
    Optional<YamlNode> claim = data.workload().at("spec", "volumeClaimTemplates").flatMap(c -> c.items().stream()
        .findFirst());
    claim.flatMap(c -> c.at("spec", "resources", "requests", "storage")).flatMap(this::memory)
        .ifPresent(v -> facts.volumeSize = v);
    claim.flatMap(c -> c.at("spec", "storageClassName")).ifPresent(c -> facts.storageClass =
        new ContainerFacts.Value(c.textOr(""), c.located()));
  }

  private void containerFacts(ContainerFacts facts, PodTemplate data, YamlNode container) {
    Optional<YamlNode> limit = container.at("resources", "limits", "memory");
    Optional<YamlNode> request = container.at("resources", "requests", "memory");
    limit.flatMap(l -> memory(l)).ifPresent(v -> facts.memoryLimit = v);
    // Kubernetes sets a missing request to the limit
    request.or(() -> limit).flatMap(r -> memory(r)).ifPresent(v -> facts.memoryRequest = v);
    container.get("image").ifPresent(i -> facts.engineImage = new ContainerFacts.Value(i.textOr(""), i.located()));
    for (PodTemplate pod : pods) {
      for (YamlNode c : pod.containers()) {
        ContainerCommand command = command(c);
        Optional<YamlNode> image = c.get("image");
        if (command.role() == ContainerCommand.Role.SENTINEL && image.isPresent() && facts.sentinelImage == null) {
          facts.sentinelImage = new ContainerFacts.Value(image.get().textOr(""), image.get().located());
        } else if (command.role() == ContainerCommand.Role.HAPROXY && image.isPresent() && facts.proxyImage == null) {
          facts.proxyImage = new ContainerFacts.Value(image.get().textOr(""), image.get().located());
        } else if (command.role() == ContainerCommand.Role.OTHER && pod != data) {
          List<YamlNode> env = c.at("env").map(YamlNode::items).orElse(List.of()).stream()
              .flatMap(e -> e.get("name").stream()).toList();
          QueueClients.detect(pod.name(), env, command).filter(q -> facts.queues.stream()
              .noneMatch(k -> k.name().equals(q.name()))).ifPresent(facts.queues::add);
        }
      }
    }
    // a client Service first: a headless one is there for the pods' DNS names, though it reaches every pod too
    List<YamlNode> byUse = services.stream()
        .sorted(Comparator.comparing(s -> s.text("spec", "clusterIP").orElse("").equals("None"))).toList();
    for (YamlNode service : byUse) {
      Map<String, YamlNode> selector = service.at("spec", "selector").map(YamlNode::entries).orElse(Map.of());
      if (!selector.isEmpty() && !selector.containsKey("statefulset.kubernetes.io/pod-name") && servesRedis(service)
          && selector.entrySet().stream().allMatch(e -> e.getValue().textOr("").equals(data.labels().get(e.getKey())))) {
        facts.noProxyAt = service.at("spec").flatMap(s -> s.key("selector")).orElse(service).located();
        break;
      }
    }
    facts.networkPolicy = new ContainerFacts.Value("false", facts.layoutAt);
    for (YamlNode policy : policies) {
      Map<String, YamlNode> match = policy.at("spec", "podSelector", "matchLabels").map(YamlNode::entries)
          .orElse(Map.of());
      if (match.entrySet().stream().allMatch(e -> e.getValue().textOr("").equals(data.labels().get(e.getKey())))) {
        facts.networkPolicy = new ContainerFacts.Value("true", policy.get("kind").orElse(policy).located());
        break;
      }
    }
  }

  /** Whether a Service forwards the Redis port (6379, or a port named for it), not only Sentinel's. */
  private static boolean servesRedis(YamlNode service) {
    return service.at("spec", "ports").map(YamlNode::items).orElse(List.of()).stream().anyMatch(p ->
        p.text("port").orElse("").equals("6379") || p.text("targetPort").orElse("").equals("6379")
            || p.text("name").orElse("").contains("redis") && !p.text("name").orElse("").contains("sentinel"));
  }

  private Optional<ContainerFacts.Value> memory(YamlNode value) {
    Optional<Long> bytes = Quantities.kubernetes(value.textOr(""));
    if (bytes.isEmpty() || bytes.get() == 0) {
      Located at = value.located();
      problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, at.file(), at.span().line(),
          at.span().column(), "`" + value.textOr("") + "` is not a memory quantity", "Write it as `768Mi` or `1Gi`."));
      return Optional.empty();
    }
    return Optional.of(new ContainerFacts.Value(Quantities.spec(bytes.get()), value.located()));
  }

  private static ContainerCommand command(YamlNode container) {
    List<YamlNode> parts = new ArrayList<>();
    container.get("command").ifPresent(parts::add);
    container.get("args").ifPresent(parts::add);
    return new ContainerCommand(container.text("name").orElse(""), container.get("image"),
        ContainerCommand.words(parts));
  }

  /** The config {@code container} starts from, with its {@code --directive} arguments after it. */
  private HostMaterial.Conf conf(PodTemplate pod, YamlNode container, ContainerCommand command, String usual) {
    Optional<ContainerCommand.Word> file = command.configFile();
    String path = file.map(ContainerCommand.Word::text).orElse("");
    Optional<PodTemplate.Mount> mount = file.flatMap(f -> pod.mount(container, f.text()));
    Optional<YamlNode> direct = mount.flatMap(m -> configMapValue(m.volume(), m.relative()));
    String copied = file.isPresent() ? PodTemplate.fileName(path) : usual;
    Optional<YamlNode> source = direct.or(() -> copiedFrom(pod, copied));
    if (command.role() == ContainerCommand.Role.SENTINEL && file.isPresent() && sentinelMount == null) {
      sentinelMount = mount.map(PodTemplate.Mount::at).orElse(file.get().at());
    }
    if (command.role() == ContainerCommand.Role.SENTINEL && mount.isPresent()) {
      SentinelMounts.check(path, mount.get().readOnly(), mount.get().singleFile(), mount.get().describe(),
          mount.get().at(), problems);
    }
    boolean complete = direct.isPresent() && !command.throughScript();
    Located at = container.get("name").orElse(container).located();
    if (source.isEmpty()) {
      notes.add(new AuditNote(at, "container `" + command.name() + "` starts from " + (path.isEmpty()
          ? "a config its start script writes" : "`" + path + "`") + ", which no ConfigMap in the manifests holds;"
          + " only its command-line settings are read"));
    } else if (!complete) {
      notes.add(new AuditNote(at, "container `" + command.name() + "` starts from " + (direct.isPresent()
          ? "ConfigMap key `" + copied + "` through a start script" : "a copy of ConfigMap key `" + copied
          + "` made at start") + "; directives missing from it are not taken as defaults"));
    }
    List<ConfigLine> lines = new ArrayList<>();
    source.ifPresent(s -> lines.addAll(embedded.computeIfAbsent(id(s),
        k -> EmbeddedConfig.read(s, texts.getOrDefault(s.file(), ""), notes, problems)).lines()));
    String fileName = source.map(YamlNode::file).orElse(at.file());
    lines.addAll(command.argumentLines(at.file()));
    return new HostMaterial.Conf(fileName, lines, complete, source.map(YamlNode::located).orElse(at));
  }

  private Optional<HostMaterial.Haproxy> haproxy(PodTemplate pod, YamlNode container, ContainerCommand command) {
    String path = command.configFile().map(ContainerCommand.Word::text).orElse(ContainerCommand.HAPROXY_DEFAULT_CONFIG);
    Optional<YamlNode> source = pod.mount(container, path).flatMap(m -> configMapValue(m.volume(), m.relative()))
        .or(() -> copiedFrom(pod, PodTemplate.fileName(path)));
    if (source.isEmpty()) {
      notes.add(new AuditNote(container.get("name").orElse(container).located(), "HAProxy container `"
          + command.name() + "` reads `" + path + "`, which no ConfigMap in the manifests holds; its checks are not"
          + " read"));
    }
    return Optional.of(source.map(s -> EmbeddedConfig.haproxy(s, texts.getOrDefault(s.file(), ""), problems))
        .orElse(new HostMaterial.Haproxy(container.located().file(), List.of())));
  }

  /** The ConfigMap entry a configMap volume shows at {@code relative} (through its {@code items}, if any). */
  private Optional<YamlNode> configMapValue(Optional<YamlNode> volume, String relative) {
    Optional<YamlNode> configMap = volume.flatMap(v -> v.get("configMap"));
    if (configMap.isEmpty()) {
      return Optional.empty();
    }
    String key = relative;
    for (YamlNode item : configMap.get().at("items").map(YamlNode::items).orElse(List.of())) {
      if (item.text("path").orElse("").equals(relative)) {
        key = item.text("key").orElse(relative);
      }
    }
    YamlNode cm = configMaps.get(configMap.get().text("name").orElse(""));
    String k = key;
    return Optional.ofNullable(cm).flatMap(c -> c.at("data", k));
  }

  /** A config written at start from a ConfigMap the pod mounts: the entry with the same file name. */
  private Optional<YamlNode> copiedFrom(PodTemplate pod, String fileName) {
    for (YamlNode volume : pod.volumes()) {
      Optional<YamlNode> value = configMapValue(Optional.of(volume), fileName);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static String id(YamlNode value) {
    Located at = value.located();
    return at.file() + ":" + at.span();
  }
}
