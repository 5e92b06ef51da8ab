package io.rhc.target.compose;

import java.util.List;
import java.util.stream.Collectors;

/**
 * YAML scalars for the compose template. Every string is double-quoted, so values such as
 * {@code no}, {@code 6379:6379} or {@code ${VAR}} can never be read as booleans, sexagesimals or
 * anything but a string.
 */
final class Yaml {
  private Yaml() {}

  static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A flow sequence of quoted strings: {@code ["sh", "/etc/rhc/rhc-run.sh", "redis"]}. */
  static String flow(List<String> values) {
    return values.stream().map(Yaml::quote).collect(Collectors.joining(", ", "[", "]"));
  }
}
