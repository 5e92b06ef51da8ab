package io.rhc.lint.facts;

import java.time.Duration;

/** How findings print values: durations in the spec's own units. */
public final class Show {
  private Show() {}

  /** {@code 5s}, {@code 1500ms}, {@code 1h}. */
  public static String duration(Duration d) {
    long ms = d.toMillis();
    if (ms % 3_600_000 == 0 && ms > 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0 && ms >= 600_000) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }
}
