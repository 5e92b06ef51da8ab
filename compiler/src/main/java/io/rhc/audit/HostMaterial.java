package io.rhc.audit;

import io.rhc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * What one host directory holds: its name (the directory's, used as the host name) and whichever of redis.conf,
 * sentinel.conf and haproxy.cfg it has, parsed.
 */
public record HostMaterial(String name, Optional<Conf> redis, Optional<Conf> sentinel, Optional<Haproxy> haproxy) {
  /**
   * A parsed redis.conf or sentinel.conf under its display name. {@code complete}: the process runs exactly these
   * lines, so a directive left out is the program's default; false when a start script or init container may add
   * to them, so only the lines present are facts. {@code origin}: where a setting left out belongs (the file's
   * start, or the ConfigMap key holding it).
   */
  public record Conf(String file, List<ConfigLine> lines, boolean complete, Located origin) {
    public Conf(String file, List<ConfigLine> lines) {
      this(file, lines, true, new Located(file, Span.at(1, 1)));
    }

    public Optional<ConfigLine> last(String directive) {
      ConfigLine found = null;
      for (ConfigLine line : lines) {
        if (line.directive().equals(directive)) {
          found = line;
        }
      }
      return Optional.ofNullable(found);
    }

    /** The last {@code sentinel <sub> ...} line (Sentinel applies them in order; the last wins). */
    public Optional<ConfigLine> sentinel(String sub) {
      ConfigLine found = null;
      for (ConfigLine line : lines) {
        if (line.directive().equals("sentinel") && line.arg(1).equalsIgnoreCase(sub)) {
          found = line;
        }
      }
      return Optional.ofNullable(found);
    }
  }

  /** A parsed haproxy.cfg under its display name. */
  public record Haproxy(String file, List<HaproxySection> sections) {}
}
