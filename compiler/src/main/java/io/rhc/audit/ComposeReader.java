package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import io.rhc.source.SourceFile;
import io.rhc.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compose file to the cluster it runs: each service (times {@code deploy.replicas}) whose command runs
 * redis-server is a data node, redis-sentinel (or {@code --sentinel}) a sentinel, HAProxy a proxy. A config file
 * is read from the bind mount that puts it where the command names it (relative sources from the compose file's
 * directory); {@code --directive value} arguments after it are config lines too. {@code mem_limit} or
 * {@code deploy.resources.limits.memory} is the memory limit.
 */
final class ComposeReader {
  private final Path directory;
  private final String displayDirectory;
  private final Map<String, SourceFile> sources;
  private final List<AuditNote> notes;
  private final Diagnostics problems;
  private Located sentinelMount;
  private RhcClusterEnv clusterEnv;
  private final Map<String, List<ConfigLine>> read = new HashMap<>();

  private ComposeReader(Path file, String display, Map<String, SourceFile> sources, List<AuditNote> notes,
      Diagnostics problems) {
    this.directory = file.toAbsolutePath().getParent();
    int slash = display.lastIndexOf('/');
    this.displayDirectory = slash < 0 ? "" : display.substring(0, slash + 1);
    this.sources = sources;
    this.notes = notes;
    this.problems = problems;
  }

  static Optional<ContainerMaterial> read(YamlNode compose, Path file, String display, Map<String, SourceFile> sources,
      List<AuditNote> notes, Diagnostics problems) {
    return new ComposeReader(file, display, sources, notes, problems).cluster(compose);
  }

  private Optional<ContainerMaterial> cluster(YamlNode compose) {
    Map<String, YamlNode> services = compose.at("services").map(YamlNode::entries).orElse(Map.of());
    List<HostMaterial> hosts = new ArrayList<>();
    ContainerFacts facts = null;
    List<ContainerFacts.QueueClient> queues = new ArrayList<>();
    ContainerFacts.Value sentinelImage = null;
    ContainerFacts.Value proxyImage = null;
    for (Map.Entry<String, YamlNode> entry : services.entrySet()) {
      YamlNode service = entry.getValue();
      ContainerCommand command = command(entry.getKey(), service);
      Located keyAt = compose.at("services").flatMap(s -> s.key(entry.getKey())).orElse(service).located();
      int replicas = service.text("deploy", "replicas").or(() -> service.text("scale")).map(ComposeReader::count)
          .orElse(1);
      Optional<HostMaterial.Conf> redis = Optional.empty();
      Optional<HostMaterial.Conf> sentinel = Optional.empty();
      Optional<HostMaterial.Haproxy> haproxy = Optional.empty();
      Optional<ContainerFacts.Value> image = service.get("image").map(i -> new ContainerFacts.Value(i.textOr(""),
          i.located()));
      switch (command.role()) {
        case REDIS -> {
          redis = Optional.of(conf(service, command));
          if (facts == null) {
            clusterEnv = clusterEnv(service).orElse(null);
            facts = new ContainerFacts(keyAt, "compose");
            facts.composeNetwork = network(service).orElse(null);
            memory(facts, service);
            facts.engineImage = image.orElse(null);
          }
        }
        case SENTINEL -> {
          sentinel = Optional.of(conf(service, command));
          sentinelImage = sentinelImage == null ? image.orElse(null) : sentinelImage;
        }
        case HAPROXY -> {
          haproxy = Optional.of(haproxy(service, command));
          proxyImage = proxyImage == null ? image.orElse(null) : proxyImage;
        }
        case OTHER -> {
          List<YamlNode> env = new ArrayList<>();
          service.at("environment").ifPresent(e -> {
            env.addAll(e.items());
            e.entries().keySet().forEach(k -> e.key(k).ifPresent(env::add));
          });
          QueueClients.detect(entry.getKey(), env, command).ifPresent(queues::add);
        }
      }
      for (int i = 0; i < replicas; i++) {
        if (redis.isPresent() || sentinel.isPresent() || haproxy.isPresent()) {
          hosts.add(new HostMaterial(replicas == 1 ? entry.getKey() : entry.getKey() + "-" + (i + 1), redis, sentinel,
              haproxy));
        }
      }
    }
    if (facts == null) {
      return Optional.empty();
    }
    facts.sentinelImage = sentinelImage;
    facts.sentinelMount = sentinelMount;
    facts.clusterEnv = clusterEnv;
    facts.proxyImage = proxyImage;
    facts.queues.addAll(queues);
    return Optional.of(new ContainerMaterial(hosts, facts));
  }

  /** rhc's cluster.env in a bind-mounted project directory of the first data service, when it is rhc's output. */
  private Optional<RhcClusterEnv> clusterEnv(YamlNode service) {
    for (Bind b : binds(service)) {
      Path onHost = directory.resolve(b.source()).resolve(RhcClusterEnv.FILE).normalize();
      if ((b.source().startsWith(".") || b.source().startsWith("/")) && Files.isRegularFile(onHost)) {
        String name = displayDirectory + b.source().replaceFirst("^\\./", "") + "/" + RhcClusterEnv.FILE;
        try {
          String text = Files.readString(onHost, StandardCharsets.UTF_8);
          Optional<RhcClusterEnv> env = RhcClusterEnv.of(name, text,
              RedisConfigTokenizer.tokenize(name, text, new Diagnostics()));
          env.ifPresent(e -> sources.put(name, new SourceFile(name, text)));
          return env;
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The first network a service joins (a list item, or the first key of a mapping). */
  private static Optional<ContainerFacts.Value> network(YamlNode service) {
    return service.get("networks").flatMap(n -> n.items().stream().findFirst()
        .or(() -> n.entries().keySet().stream().findFirst().flatMap(n::key)))
        .map(n -> new ContainerFacts.Value(n.textOr(""), n.located()));
  }

  private static int count(String text) {
    try {
      return Math.max(0, Math.min(Integer.parseInt(text), 99));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private void memory(ContainerFacts facts, YamlNode service) {
    service.get("mem_limit").or(() -> service.at("deploy", "resources", "limits", "memory"))
        .flatMap(this::size).ifPresent(v -> facts.memoryLimit = v);
    service.get("mem_reservation").or(() -> service.at("deploy", "resources", "reservations", "memory"))
        .flatMap(this::size).ifPresent(v -> facts.memoryRequest = v);
  }

  private Optional<ContainerFacts.Value> size(YamlNode value) {
    Optional<Long> bytes = Quantities.compose(value.textOr(""));
    if (bytes.isEmpty() || bytes.get() == 0) {
      Located at = value.located();
      problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, at.file(), at.span().line(),
          at.span().column(), "`" + value.textOr("") + "` is not a memory size", "Write it as `512m` or `1g`."));
      return Optional.empty();
    }
    return Optional.of(new ContainerFacts.Value(Quantities.spec(bytes.get()), value.located()));
  }

  private static ContainerCommand command(String name, YamlNode service) {
    List<YamlNode> parts = new ArrayList<>();
    service.get("entrypoint").ifPresent(parts::add);
    service.get("command").ifPresent(parts::add);
    return new ContainerCommand(name, service.get("image"), ContainerCommand.words(parts));
  }

  /** A bind mount of the service: where it comes from on the host, where it goes, and whether read-only. */
  private record Bind(String source, String target, boolean readOnly, Located at) {}

  private List<Bind> binds(YamlNode service) {
    List<Bind> binds = new ArrayList<>();
    for (YamlNode v : service.at("volumes").map(YamlNode::items).orElse(List.of())) {
      if (v.text().isPresent()) {
        String[] parts = v.textOr("").split(":");
        if (parts.length >= 2) {
          binds.add(new Bind(parts[0], parts[1], parts.length > 2 && List.of(parts[2].split(",")).contains("ro"),
              v.located()));
        }
      } else {
        binds.add(new Bind(v.text("source").orElse(""), v.text("target").orElse(""),
            v.text("read_only").map(Boolean::parseBoolean).orElse(false), v.located()));
      }
    }
    return binds;
  }

  private HostMaterial.Conf conf(YamlNode service, ContainerCommand command) {
    Optional<ContainerCommand.Word> file = command.configFile();
    String fallbackName = service.located().file();
    List<ConfigLine> lines = new ArrayList<>();
    boolean complete = true;
    String name = fallbackName;
    if (file.isPresent()) {
      String path = file.get().text();
      Optional<Bind> bind = binds(service).stream().filter(b -> path.equals(b.target()) || path.startsWith(b.target() + "/"))
          .reduce((a, b) -> b.target().length() >= a.target().length() ? b : a);
      boolean hostPath = bind.map(b -> b.source().startsWith(".") || b.source().startsWith("/")).orElse(false);
      if (command.role() == ContainerCommand.Role.SENTINEL && sentinelMount == null) {
        sentinelMount = bind.map(Bind::at).orElse(file.get().at());
      }
      if (command.role() == ContainerCommand.Role.SENTINEL && bind.isPresent()) {
        SentinelMounts.check(path, bind.get().readOnly(), hostPath && path.equals(bind.get().target()),
            hostPath ? "bind mount `" + bind.get().source() + "`" : "volume `" + bind.get().source() + "`",
            bind.get().at(), problems);
      }
      if (hostPath) {
        String rest = path.equals(bind.get().target()) ? "" : path.substring(bind.get().target().length());
        String source = bind.get().source() + rest;
        Path onHost = directory.resolve(source).normalize();
        name = displayDirectory + (source.startsWith("./") ? source.substring(2) : source);
        try {
          lines.addAll(containerFile(onHost, name));
        } catch (IOException | RuntimeException e) {
          Located at = bind.get().at();
          problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_INCLUDE, at.file(), at.span().line(),
              at.span().column(), "Cannot read `" + source + "`, the config this service starts from",
              "Audit the compose file where its relative bind sources resolve (its own directory)."));
          complete = false;
        }
      } else {
        complete = false;
        notes.add(new AuditNote(file.get().at(), "`" + path + "` is not bind-mounted from the project, so its"
            + " directives are not read"));
      }
    }
    if (file.isEmpty() && command.throughScript()) {
      Optional<String> copied = copiedFrom(service, command.name(), command.role() == ContainerCommand.Role.SENTINEL
          ? "sentinel.conf" : "redis.conf", lines);
      complete = copied.isEmpty();
      name = copied.orElse(name);
    }
    lines.addAll(command.argumentLines(fallbackName));
    return new HostMaterial.Conf(name, lines, complete, name.equals(fallbackName) ? service.located()
        : new Located(name, Span.at(1, 1)));
  }

  /**
   * A config file as the container reads it, tokenized once however many services use it. Its {@code include}
   * lines name paths inside the container, so they are notes, not files to open here.
   */
  private List<ConfigLine> containerFile(Path onHost, String name) throws IOException {
    List<ConfigLine> cached = read.get(name);
    if (cached != null) {
      return cached;
    }
    String text = Files.readString(onHost, StandardCharsets.UTF_8);
    sources.put(name, new SourceFile(name, text));
    List<ConfigLine> lines = new ArrayList<>();
    for (ConfigLine line : RedisConfigTokenizer.tokenize(name, text, problems)) {
      if (line.directive().equals("include")) {
        notes.add(new AuditNote(Located.of(line.tokens().get(0), name), "`include " + line.arg(1) + "` names a"
            + " file inside the container; its directives are not read"));
      } else {
        lines.add(line);
      }
    }
    read.put(name, lines);
    return lines;
  }

  /**
   * A config a start script writes from a file of a bind-mounted project directory ({@code ./config:/etc/rhc:ro}):
   * that file's lines, read as facts but not as complete. Its display name, when one was found.
   */
  private Optional<String> copiedFrom(YamlNode service, String serviceName, String fileName, List<ConfigLine> lines) {
    for (Bind b : binds(service)) {
      Path onHost = directory.resolve(b.source()).resolve(fileName).normalize();
      if ((b.source().startsWith(".") || b.source().startsWith("/")) && Files.isRegularFile(onHost)) {
        String source = b.source().replaceFirst("^\\./", "") + "/" + fileName;
        String name = displayDirectory + source;
        try {
          lines.addAll(containerFile(onHost, name));
          notes.add(new AuditNote(b.at(), "service `" + serviceName + "` starts through a script from `"
              + source + "`; directives missing from it are not taken as defaults"));
          return Optional.of(name);
        } catch (IOException | RuntimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private HostMaterial.Haproxy haproxy(YamlNode service, ContainerCommand command) {
    String path = command.configFile().map(ContainerCommand.Word::text).orElse(ContainerCommand.HAPROXY_DEFAULT_CONFIG);
    for (Bind b : binds(service)) {
      if ((path.equals(b.target()) || path.startsWith(b.target() + "/")) && (b.source().startsWith(".")
          || b.source().startsWith("/"))) {
        String source = b.source() + (path.equals(b.target()) ? "" : path.substring(b.target().length()));
        String name = displayDirectory + (source.startsWith("./") ? source.substring(2) : source);
        try {
          String text = Files.readString(directory.resolve(source).normalize());
          sources.put(name, new SourceFile(name, text));
          return new HostMaterial.Haproxy(name, HaproxyConfigParser.parse(name, text, problems));
        } catch (IOException | RuntimeException e) {
          break;
        }
      }
    }
    notes.add(new AuditNote(service.located(), "the HAProxy config `" + path + "` is not bind-mounted from the"
        + " project; its checks are not read"));
    return new HostMaterial.Haproxy(service.located().file(), List.of());
  }
}
