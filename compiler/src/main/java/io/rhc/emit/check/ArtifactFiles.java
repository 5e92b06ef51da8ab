package io.rhc.emit.check;

import io.rhc.emit.Artifact;
import java.util.List;

/** Matching artifacts by file name, and reading their lines. */
final class ArtifactFiles {
  private ArtifactFiles() {}

  static String baseName(Artifact artifact) {
    return artifact.path().substring(artifact.path().lastIndexOf('/') + 1);
  }

  /** Redis and Sentinel config files, rendered or templates: {@code redis.conf}, {@code sentinel.conf.tmpl}. */
  static boolean isRedisConfig(Artifact artifact) {
    return baseName(artifact).matches("[A-Za-z0-9_.-]*\\.conf(\\.[a-z]+)?");
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
    return baseName(artifact).matches("(docker-)?compose(\\.[A-Za-z0-9_-]+)?\\.ya?ml");
  }

  static boolean isKubernetesManifest(Artifact artifact) {
    return !isComposeFile(artifact) && baseName(artifact).matches(".*\\.ya?ml");
  }

  static List<String> lines(Artifact artifact) {
    return artifact.content().lines().toList();
  }
}
