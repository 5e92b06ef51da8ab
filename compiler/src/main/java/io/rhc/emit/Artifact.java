package io.rhc.emit;

import java.util.Objects;

/**
 * One generated file.
 *
 * @param path relative path with {@code /} separators, never absolute, never with {@code ..}
 * @param content UTF-8 text
 * @param executable whether the file gets mode 0755 (else 0644; secrets are never emitted)
 */
public record Artifact(String path, String content, boolean executable) {
  public Artifact {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.isEmpty()) {
      throw new IllegalArgumentException("artifact path must be relative and normalised: " + path);
    }
  }

  public static Artifact file(String path, String content) {
    return new Artifact(path, content, false);
  }

  public static Artifact script(String path, String content) {
    return new Artifact(path, content, true);
  }
}
