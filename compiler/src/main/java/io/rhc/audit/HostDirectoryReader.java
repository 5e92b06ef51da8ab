package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import io.rhc.source.SourceFile;
import io.rhc.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads one host directory: {@code redis.conf}, {@code sentinel.conf}, {@code haproxy.cfg}, any of them. */
public final class HostDirectoryReader {
  private static final String RHC_LAYOUT = "etc/redis-ha";

  private HostDirectoryReader() {}

  public static Optional<HostMaterial> read(Path dir, String display, Map<String, SourceFile> sources,
      Diagnostics diagnostics) {
    Optional<HostMaterial.Conf> redis = conf(dir, display, "redis.conf", sources, diagnostics);
    Optional<HostMaterial.Conf> sentinel = conf(dir, display, "sentinel.conf", sources, diagnostics);
    Optional<HostMaterial.Haproxy> haproxy = Optional.empty();
    Path cfg = dir.resolve(located(dir, "haproxy.cfg"));
    String cfgName = name(display, located(dir, "haproxy.cfg"));
    if (Files.isRegularFile(cfg)) {
      try {
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        sources.put(cfgName, new SourceFile(cfgName, text));
        haproxy = Optional.of(new HostMaterial.Haproxy(cfgName, HaproxyConfigParser.parse(cfgName, text, diagnostics)));
      } catch (IOException | RuntimeException e) {
        unreadable(cfgName, e, diagnostics);
      }
    }
    if (redis.isEmpty() && sentinel.isEmpty() && haproxy.isEmpty()) {
      diagnostics.add(RedisConfigTokenizer.problem(AuditCodes.NOTHING_TO_AUDIT, display, 1, 1,
          "`" + display + "` holds no redis.conf, sentinel.conf or haproxy.cfg",
          "Give one directory per host, each with the files that host runs."));
      return Optional.empty();
    }
    String host = dir.toAbsolutePath().normalize().getFileName() == null ? display
        : dir.toAbsolutePath().normalize().getFileName().toString();
    return Optional.of(new HostMaterial(host, redis, sentinel, haproxy));
  }

  private static Optional<HostMaterial.Conf> conf(Path dir, String display, String file,
      Map<String, SourceFile> sources, Diagnostics diagnostics) {
    Path path = dir.resolve(located(dir, file));
    String name = name(display, located(dir, file));
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try {
      if (!located(dir, file).startsWith(RHC_LAYOUT)) {
        return Optional.of(new HostMaterial.Conf(name, RedisConfigReader.read(path, name, sources, diagnostics)));
      }
      // rhc's own host tree: its boot script writes the final config and the files it includes
      Diagnostics local = new Diagnostics();
      List<ConfigLine> lines = RedisConfigReader.read(path, name, sources, local);
      local.all().stream().filter(d -> !d.code().equals(AuditCodes.UNREADABLE_INCLUDE)).forEach(diagnostics::add);
      return Optional.of(new HostMaterial.Conf(name, lines, false, new Located(name, Span.at(1, 1))));
    } catch (IOException | RuntimeException e) {
      unreadable(name, e, diagnostics);
      return Optional.empty();
    }
  }

  private static String name(String display, String file) {
    return display.endsWith("/") ? display + file : display + "/" + file;
  }

  private static void unreadable(String name, Exception e, Diagnostics diagnostics) {
    diagnostics.add(RedisConfigTokenizer.problem(AuditCodes.NOTHING_TO_AUDIT, name, 1, 1,
        "Cannot read `" + name + "`: " + e.getClass().getSimpleName(), "Check the file's permissions and encoding."));
  }

  /**
   * Where {@code file} is under {@code dir}: beside it, or where rhc's systemd output puts it on a host
   * ({@code etc/redis-ha/<cluster>/redis/redis.conf}, {@code .../sentinel/sentinel.conf},
   * {@code .../haproxy/haproxy.cfg}), so a host tree of that output reads as a host directory.
   */
  static String located(Path dir, String file) {
    if (Files.exists(dir.resolve(file))) {
      return file;
    }
    String role = file.substring(0, file.indexOf('.'));
    try (Stream<Path> clusters = Files.list(dir.resolve(RHC_LAYOUT))) {
      return clusters.map(c -> RHC_LAYOUT + "/" + c.getFileName() + "/" + role + "/" + file)
          .filter(f -> Files.isRegularFile(dir.resolve(f))).sorted().findFirst().orElse(file);
    } catch (IOException e) {
      return file;
    }
  }

  /** rhc's cluster.env of a host tree of its systemd output ({@code etc/redis-ha/<cluster>/redis/cluster.env}). */
  static Optional<RhcClusterEnv> clusterEnv(Path dir, String display, Map<String, SourceFile> sources) {
    try (Stream<Path> clusters = Files.list(dir.resolve(RHC_LAYOUT))) {
      Optional<String> file = clusters.map(c -> RHC_LAYOUT + "/" + c.getFileName() + "/redis/" + RhcClusterEnv.FILE)
          .filter(f -> Files.isRegularFile(dir.resolve(f))).sorted().findFirst();
      if (file.isEmpty()) {
        return Optional.empty();
      }
      String name = name(display, file.get());
      String text = Files.readString(dir.resolve(file.get()), StandardCharsets.UTF_8);
      Optional<RhcClusterEnv> env = RhcClusterEnv.of(name, text, RedisConfigTokenizer.tokenize(name, text,
          new Diagnostics()));
      env.ifPresent(e -> sources.put(name, new SourceFile(name, text)));
      return env;
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static List<String> files() {
    return List.of("redis.conf", "sentinel.conf", "haproxy.cfg");
  }
}
