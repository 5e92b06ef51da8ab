package io.rhc.emit.runtime;

import io.rhc.model.ConfigDirective;
import io.rhc.model.EngineVersion;
import java.time.Duration;
import java.util.List;

/** Value spellings of the runtime files. */
final class Formats {
  private Formats() {}

  /** The config-file lines of {@code engine.config} or {@code sentinel.config}, in the order written. */
  static List<String> configLines(List<ConfigDirective> directives) {
    return directives.stream().flatMap(d -> d.lines().stream()).toList();
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /** HAProxy time: the largest unit that is exact ({@code 1h}, {@code 330s}, {@code 900ms}). */
  static String haproxyTime(Duration duration) {
    long ms = duration.toMillis();
    if (ms != 0 && ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms != 0 && ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    if (ms != 0 && ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }

  /** A value for a file sourced by sh, single-quoted. */
  static String shellQuote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** Whole seconds, rounded up so a sub-second lag is never turned into 0 (which disables the check). */
  static long ceilSeconds(Duration duration) {
    return (duration.toMillis() + 999) / 1000;
  }

  /** {@code bind * -::*} (IPv6 optional) exists since Redis 7.0. */
  static String bindAll(EngineVersion version) {
    return version.atLeast(7, 0, 0) ? "* -::*" : "0.0.0.0";
  }
}
