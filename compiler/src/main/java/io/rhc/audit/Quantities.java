package io.rhc.audit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Memory sizes as Redis, Kubernetes and compose write them, to bytes, and bytes to the spec's size syntax
 * ({@code 768Mi}, {@code 1024Ki}, or plain bytes).
 */
final class Quantities {
  private static final long KI = 1024;
  private static final Map<String, Long> REDIS = Map.of("", 1L, "k", 1000L, "kb", KI, "m", 1_000_000L, "mb", KI * KI,
      "g", 1_000_000_000L, "gb", KI * KI * KI);
  private static final Map<String, Long> KUBERNETES = Map.of("", 1L, "k", 1000L, "Ki", KI, "M", 1_000_000L,
      "Mi", KI * KI, "G", 1_000_000_000L, "Gi", KI * KI * KI, "T", 1_000_000_000_000L, "Ti", KI * KI * KI * KI);
  /** Compose (docker's units): case-insensitive b, k, m, g, all powers of 1024. */
  private static final Map<String, Long> COMPOSE = Map.of("", 1L, "b", 1L, "k", KI, "kb", KI, "m", KI * KI,
      "mb", KI * KI, "g", KI * KI * KI, "gb", KI * KI * KI);

  private Quantities() {}

  static Optional<Long> redis(String text) {
    return bytes(text.toLowerCase(Locale.ROOT), REDIS);
  }

  static Optional<Long> kubernetes(String text) {
    return bytes(text, KUBERNETES);
  }

  static Optional<Long> compose(String text) {
    return bytes(text.toLowerCase(Locale.ROOT), COMPOSE);
  }

  /** The spec's way to write {@code bytes}: the largest binary unit that divides it. */
  static String spec(long bytes) {
    for (String unit : new String[] {"Gi", "Mi", "Ki"}) {
      long factor = KUBERNETES.get(unit);
      if (bytes >= factor && bytes % factor == 0) {
        return bytes / factor + unit;
      }
    }
    return Long.toString(bytes);
  }

  private static Optional<Long> bytes(String text, Map<String, Long> units) {
    String t = text.strip();
    int digits = 0;
    while (digits < t.length() && (Character.isDigit(t.charAt(digits)) || t.charAt(digits) == '.')) {
      digits++;
    }
    Long factor = units.get(t.substring(digits));
    if (digits == 0 || digits > 18 || factor == null) {
      return Optional.empty();
    }
    try {
      BigDecimal value = new BigDecimal(t.substring(0, digits)).multiply(BigDecimal.valueOf(factor));
      return value.signum() < 0 || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0 ? Optional.empty()
          : Optional.of(value.longValue());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
