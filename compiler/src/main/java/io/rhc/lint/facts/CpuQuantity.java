package io.rhc.lint.facts;

import java.math.BigDecimal;
import java.util.Optional;

/** Kubernetes CPU quantities: {@code 500m}, {@code 0.5}, {@code 2}. */
public final class CpuQuantity {
  private CpuQuantity() {}

  /** Millicores, or empty when the text is not a CPU quantity. */
  public static Optional<Long> millicores(String text) {
    try {
      if (text.endsWith("m")) {
        return Optional.of(Long.parseLong(text.substring(0, text.length() - 1)));
      }
      return Optional.of(new BigDecimal(text).movePointRight(3).longValue());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
