package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one host directory: {@code redis.conf}, {@code sentinel.conf}, {@code haproxy.cfg}, any of them. */
public final class HostDirectoryReader {
  private HostDirectoryReader() {}

  public static Optional<HostMaterial> read(Path dir, String display, Map<String, SourceFile> sources,
      Diagnostics diagnostics) {
    Optional<HostMaterial.Conf> redis = conf(dir, display, "redis.conf", sources, diagnostics);
    Optional<HostMaterial.Conf> sentinel = conf(dir, display, "sentinel.conf", sources, diagnostics);
    Optional<HostMaterial.Haproxy> haproxy = Optional.empty();
    Path cfg = dir.resolve("haproxy.cfg");
    String cfgName = name(display, "haproxy.cfg");
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
    Path path = dir.resolve(file);
    String name = name(display, file);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new HostMaterial.Conf(name, RedisConfigReader.read(path, name, sources, diagnostics)));
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

  static List<String> files() {
    return List.of("redis.conf", "sentinel.conf", "haproxy.cfg");
  }
}
