package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.List;
import java.util.regex.Pattern;

/** Matching artifacts by file name, and reading their lines. */
final class ArtifactFiles {
  // compiled once: String.matches compiles its pattern on every call, for every artifact of every spec
  private static final Pattern REDIS_CONFIG = Pattern.compile("[A-Za-z0-9_.-]*\\.conf(\\.[a-z]+)?");
  private static final Pattern COMPOSE_FILE = Pattern.compile("(docker-)?compose(\\.[A-Za-z0-9_-]+)?\\.ya?ml");
  private static final Pattern YAML_FILE = Pattern.compile(".*\\.ya?ml");

  private ArtifactFiles() {}

  static String baseName(Artifact artifact) {
    return artifact.path().substring(artifact.path().lastIndexOf('/') + 1);
  }

  /** Redis and Sentinel config files, rendered or templates: {@code redis.conf}, {@code sentinel.conf.tmpl}. */
  static boolean isRedisConfig(Artifact artifact) {
    return REDIS_CONFIG.matcher(baseName(artifact)).matches();
  }

  static boolean isSentinelConfig(Artifact artifact) {
    return isRedisConfig(artifact) && baseName(artifact).contains("sentinel");
  }

  static boolean isShellScript(Artifact artifact) {
    return baseName(artifact).endsWith(".sh");
  }

  static boolean isHaproxyConfig(Artifact artifact) {
    return baseName(artifact).endsWith("haproxy.cfg");
  }

  static boolean isComposeFile(Artifact artifact) {
    return COMPOSE_FILE.matcher(baseName(artifact)).matches();
  }

  static boolean isKubernetesManifest(Artifact artifact) {
    return !isComposeFile(artifact) && YAML_FILE.matcher(baseName(artifact)).matches();
  }

  static List<String> lines(Artifact artifact) {
    return artifact.content().lines().toList();
  }
}
