package io.rhc.lint.facts;

import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The RDB format each engine line writes. Redis 6.2–7.4 were read from {@code src/rdb.h} at the
 * release tags; Redis 8.x is 13 per the project's 7.4 ↔ 8.6 incident; Valkey from its {@code rdb.h}.
 */
public final class RdbFormats {
  private record Line(EngineType engine, int major, int minFrom, int minTo, int format) {}

  private static final List<Line> TABLE = List.of(
      new Line(EngineType.REDIS, 6, 2, 2, 9),
      new Line(EngineType.REDIS, 7, 0, 0, 10),
      new Line(EngineType.REDIS, 7, 2, 2, 11),
      new Line(EngineType.REDIS, 7, 4, 4, 12),
      new Line(EngineType.REDIS, 8, 0, 99, 13),
      new Line(EngineType.VALKEY, 7, 2, 2, 11),
      new Line(EngineType.VALKEY, 8, 0, 99, 11),
      new Line(EngineType.VALKEY, 9, 0, 1, 80),
      new Line(EngineType.VALKEY, 9, 2, 99, 81));

  private RdbFormats() {}

  /**
   * Shell patterns of the versions ({@code redis:7.2.*}, {@code redis:8.*}) whose RDB format is at most
   * {@code format}: what a node that reads {@code format} can load.
   */
  public static List<String> patternsWritingAtMost(int format) {
    List<String> patterns = new ArrayList<>();
    for (Line line : TABLE) {
      if (line.format() > format) {
        continue;
      }
      if (line.minFrom() == 0 && line.minTo() == 99) {
        patterns.add(line.engine().id() + ":" + line.major() + ".*");
      } else {
        for (int minor = line.minFrom(); minor <= Math.min(line.minTo(), 9); minor++) {
          patterns.add(line.engine().id() + ":" + line.major() + "." + minor + ".*");
        }
      }
    }
    return patterns;
  }

  /** The RDB format version, or empty for a line the table does not know. */
  public static OptionalInt of(EngineType engine, EngineVersion version) {
    for (Line line : TABLE) {
      if (line.engine() == engine && line.major() == version.major()
          && version.minor() >= line.minFrom() && version.minor() <= line.minTo()) {
        return OptionalInt.of(line.format());
      }
    }
    return OptionalInt.empty();
  }
}
