package io.rhc.rollout;

import io.rhc.model.OutputBufferLimit;
import io.rhc.model.Rdb;
import io.rhc.model.SavePoint;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Values as {@code CONFIG SET} and {@code SENTINEL SET} take them, written as the generated config files write
 * them ({@code RolloutAgainstOutputTest} in the cli module compares the two), so a live change and a restart agree.
 */
final class Directives {
  private Directives() {}

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  static long millis(Duration d) {
    return d.toMillis();
  }

  static long ceilSeconds(Duration d) {
    return (d.toMillis() + 999) / 1000;
  }

  /** {@code "900 1 300 100"}, or {@code ""} for no snapshots. */
  static String save(Rdb rdb) {
    if (!rdb.enabled() || rdb.savePoints().isEmpty()) {
      return "\"\"";
    }
    return "\"" + rdb.savePoints().stream().map(Directives::savePoint).collect(Collectors.joining(" ")) + "\"";
  }

  private static String savePoint(SavePoint point) {
    return ceilSeconds(point.after()) + " " + point.changes();
  }

  static String outputBuffer(OutputBufferLimit b) {
    return "\"replica " + b.hard().redis() + " " + b.soft().redis() + " " + b.softSeconds() + "\"";
  }
}
