package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Passwords left at a template's placeholder ({@code <random 32-char>}, {@code changeme}, redis.conf's
 * {@code foobared}): only an audit sees the literal value, so this is an audit input check, not a lint rule.
 */
final class PlaceholderSecrets {
  private static final Set<String> WORDS = Set.of("changeme", "change-me", "change_me", "password", "secret",
      "foobared", "redis", "admin", "todo", "fixme", "replace-me", "replaceme");
  private static final Pattern TEMPLATE = Pattern.compile("<.*>|\\$\\{.*}|\\{\\{.*}}|x{3,}|%[a-z_]+%",
      Pattern.CASE_INSENSITIVE);

  private PlaceholderSecrets() {}

  /** Checks the secret arguments of {@code requirepass}, {@code masterauth} and {@code sentinel auth-pass}. */
  static void check(HostMaterial.Conf conf, Diagnostics problems) {
    for (ConfigLine line : conf.lines()) {
      int arg = switch (line.directive()) {
        case "requirepass", "masterauth" -> 1;
        case "sentinel" -> line.arg(1).equalsIgnoreCase("auth-pass") ? 3 : -1;
        default -> -1;
      };
      if (arg > 0 && arg < line.tokens().size() && isPlaceholder(line.arg(arg))) {
        ConfigToken value = line.tokens().get(arg);
        problems.add(RedisConfigTokenizer.problem(AuditCodes.PLACEHOLDER_SECRET, line.file(), value.line(),
            value.column(), "`" + line.tokens().get(0).text() + (arg == 3 ? " auth-pass" : "")
                + "` is a placeholder, not a password",
            "Generate a random password (e.g. `openssl rand -base64 32`) and use the same one everywhere"
                + " it must match."));
      }
    }
  }

  static boolean isPlaceholder(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return WORDS.contains(v) || TEMPLATE.matcher(v).matches();
  }
}
