package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What {@code rhc audit} was given, read: host directories (redis.conf, sentinel.conf, haproxy.cfg), YAML files or
 * directories of them (Kubernetes manifests, a compose file: a document with {@code services} and no
 * {@code kind}, or a chart's values file), and {@code -} for YAML on standard input ({@code kubectl kustomize},
 * {@code helm template}).
 */
public final class MaterialReader {
  /** How standard input is shown in findings. */
  public static final String STDIN = "<stdin>";

  private final Map<String, SourceFile> sources;
  private final Diagnostics problems;
  private final List<AuditNote> notes = new ArrayList<>();
  private final List<HostMaterial> hostDirectories = new ArrayList<>();
  private final List<YamlNode> manifests = new ArrayList<>();
  private final Map<String, String> texts = new LinkedHashMap<>();
  private ContainerMaterial compose;
  private ContainerMaterial chart;
  private RhcClusterEnv hostsClusterEnv;

  private MaterialReader(Map<String, SourceFile> sources, Diagnostics problems) {
    this.sources = sources;
    this.problems = problems;
  }

  /** {@code paths} shown as {@code names}; the name {@code -} reads {@code stdin}. */
  public static AuditMaterial read(List<Path> paths, List<String> names, Optional<String> stdin,
      Map<String, SourceFile> sources, Diagnostics problems) {
    MaterialReader reader = new MaterialReader(sources, problems);
    for (int i = 0; i < paths.size(); i++) {
      reader.input(paths.get(i), names.get(i), stdin);
    }
    return reader.material();
  }

  private void input(Path path, String name, Optional<String> stdin) {
    if (name.equals("-")) {
      yaml(Path.of(""), STDIN, stdin.orElse(""));
    } else if (Files.isDirectory(path) && HostDirectoryReader.files().stream()
        .noneMatch(f -> Files.exists(path.resolve(HostDirectoryReader.located(path, f))))
        && !yamlFiles(path).isEmpty()) {
      for (Path file : yamlFiles(path)) {
        file(file, (name.endsWith("/") ? name : name + "/") + file.getFileName());
      }
    } else if (Files.isDirectory(path)) {
      HostDirectoryReader.read(path, name, sources, problems).ifPresent(hostDirectories::add);
      if (hostsClusterEnv == null) {
        hostsClusterEnv = HostDirectoryReader.clusterEnv(path, name, sources).orElse(null);
      }
    } else {
      file(path, name);
    }
  }

  private void file(Path file, String name) {
    try {
      yaml(file, name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      problems.add(RedisConfigTokenizer.problem(AuditCodes.NOTHING_TO_AUDIT, name, 1, 1,
          "Cannot read `" + name + "`: " + e.getClass().getSimpleName(), "Check the file's permissions and encoding."));
    }
  }

  private void yaml(Path file, String name, String text) {
    sources.put(name, new SourceFile(name, text));
    texts.put(name, text);
    for (YamlNode doc : YamlDocuments.read(name, text, problems)) {
      if (doc.get("kind").isEmpty() && doc.get("services").isPresent()) {
        if (compose == null) {
          compose = ComposeReader.read(doc, file, name, sources, notes, problems).orElse(null);
        } else {
          notes.add(new AuditNote(doc.located(), "a second compose project; one audit run is one cluster"));
        }
      } else if (ChartValues.isValues(doc) && chart == null) {
        chart = ChartValues.read(doc, text, notes, problems).orElse(null);
      } else if (doc.get("kind").isEmpty()) {
        Located at = doc.located();
        problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_MANIFEST, name, at.span().line(),
            at.span().column(), "Not a Kubernetes object, a compose file or a chart values file",
            "Give Kubernetes manifests (documents with `kind`), a compose file (with `services`), or the values file"
                + " of the DandyDeveloper redis-ha chart (`replicas`, `redis`, `sentinel`) or the Bitnami redis chart"
                + " (`architecture`, `master`, `replica`)."));
      } else {
        manifests.add(doc);
      }
    }
  }

  private AuditMaterial material() {
    Optional<ContainerMaterial> kubernetes = manifests.isEmpty() ? Optional.empty()
        : KubernetesReader.read(manifests, texts, notes, problems);
    Optional<ContainerMaterial> containers = kubernetes.or(() -> Optional.ofNullable(compose))
        .or(() -> Optional.ofNullable(chart));
    if (containers.isPresent() && !hostDirectories.isEmpty()) {
      problems.add(RedisConfigTokenizer.problem(AuditCodes.NOTHING_TO_AUDIT, hostDirectories.get(0).name(), 1, 1,
          "Host directories and container material (manifests or compose) in one run",
          "Audit each deployment in its own run: one audit run is one cluster."));
    }
    // a file already reported as unreadable or of no known shape needs no second error saying it runs no Redis
    if (containers.isEmpty() && hostDirectories.isEmpty() && (!manifests.isEmpty() || !texts.isEmpty())
        && !problems.hasErrors()) {
      String first = texts.keySet().iterator().next();
      problems.add(RedisConfigTokenizer.problem(AuditCodes.NOTHING_TO_AUDIT, first, 1, 1,
          "No container in `" + first + "`" + (texts.size() > 1 ? " and the other files" : "") + " runs redis-server",
          "Give the manifests or compose file of the Redis cluster (its StatefulSet or services and ConfigMaps)."));
    }
    return containers.map(c -> new AuditMaterial(c.hosts(), Optional.of(c.facts()), notes, Optional.empty()))
        .orElse(new AuditMaterial(hostDirectories, Optional.empty(), notes, Optional.ofNullable(hostsClusterEnv)));
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
          .sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
