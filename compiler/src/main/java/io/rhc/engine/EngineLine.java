package io.rhc.engine;

import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import java.util.List;

/**
 * A release line whose config table rhc read. {@code release} is false for a line read from a development
 * branch: the newest the table knows, so a directive added to that line since is not in it.
 */
public record EngineLine(String id, EngineType type, int major, int minor, boolean release) {
  static final List<EngineLine> ALL = List.of(
      new EngineLine("redis-6.2", EngineType.REDIS, 6, 2, true),
      new EngineLine("redis-7.0", EngineType.REDIS, 7, 0, true),
      new EngineLine("redis-7.2", EngineType.REDIS, 7, 2, true),
      new EngineLine("redis-7.4", EngineType.REDIS, 7, 4, true),
      new EngineLine("redis-8.0", EngineType.REDIS, 8, 0, false),
      new EngineLine("valkey-7.2", EngineType.VALKEY, 7, 2, true),
      new EngineLine("valkey-8.0", EngineType.VALKEY, 8, 0, true),
      new EngineLine("valkey-8.1", EngineType.VALKEY, 8, 1, false));

  /**
   * The line of {@code version}: its own release line, else the newest line before it (whose table may lack
   * what came later, so {@link #exactFor} is false), else the oldest line of the engine.
   */
  public static EngineLine of(EngineType type, EngineVersion version) {
    EngineLine oldest = null;
    EngineLine newestNotAfter = null;
    for (EngineLine line : ALL) { // ascending per engine
      if (line.type == type) {
        oldest = oldest == null ? line : oldest;
        newestNotAfter = line.notAfter(version) ? line : newestNotAfter;
      }
    }
    return newestNotAfter != null ? newestNotAfter : oldest;
  }

  /** Whether the table of this line is the complete list for {@code version} (its release branch). */
  public boolean exactFor(EngineVersion version) {
    return release && version.major() == major && version.minor() == minor;
  }

  /** "redis 7.4", or "redis 8.0 (development branch of 2024-10)". */
  public String label() {
    return type.id() + " " + major + "." + minor + (release ? "" : " (development branch of 2024-10)");
  }

  private boolean notAfter(EngineVersion version) {
    return major < version.major() || (major == version.major() && minor <= version.minor());
  }
}
