package io.rhc.target.kubernetes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The YAML scalar escaper of this target: a value from the spec is written plain only when no
 * YAML 1.1 or 1.2 reader can take it for anything but a string; otherwise it is double-quoted.
 */
final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9_./-]*");
  /** Words YAML 1.1 readers (kubectl's among them) resolve to booleans or null. */
  private static final Set<String> RESERVED = Set.of(
      "y", "n", "yes", "no", "on", "off", "true", "false", "null");

  private Yaml() {}

  static String str(String value) {
    if (PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
      return value;
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
