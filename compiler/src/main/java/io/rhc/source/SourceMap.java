package io.rhc.source;

import io.rhc.path.SpecPath;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of the parsed document sits in the file. Keys record both the node's
 * value span and, for mapping entries, the key's span (reported for unknown keys).
 */
public final class SourceMap {
  private final Map<SpecPath, Span> values = new HashMap<>();
  private final Map<SpecPath, Span> keys = new HashMap<>();

  public void putValue(SpecPath path, Span span) {
    values.putIfAbsent(path, span);
  }

  public void putKey(SpecPath path, Span span) {
    keys.putIfAbsent(path, span);
  }

  public Optional<Span> value(SpecPath path) {
    return Optional.ofNullable(values.get(path));
  }

  public Optional<Span> key(SpecPath path) {
    return Optional.ofNullable(keys.get(path));
  }

  /** The span of the path's value, or of its nearest ancestor that exists in the file. */
  public Optional<Span> nearest(SpecPath path) {
    for (SpecPath p = path; ; p = p.parent()) {
      Optional<Span> span = value(p);
      if (span.isPresent() || p.isRoot()) {
        return span;
      }
    }
  }

  /**
   * Where to point a finding about {@code path}: its key (or value) when the file has it; otherwise the
   * key of the nearest ancestor the file has, because the setting is missing from that section.
   */
  public Optional<Span> locate(SpecPath path) {
    for (SpecPath p = path; ; p = p.parent()) {
      Optional<Span> span = key(p);
      if (span.isEmpty()) {
        span = value(p);
      }
      if (span.isPresent() || p.isRoot()) {
        return span;
      }
    }
  }
}
