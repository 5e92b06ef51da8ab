package io.rhc.explain;

import io.rhc.model.ByteSize;
import io.rhc.units.Durations;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** How explain prints one value: sizes and durations in the spec's own notation, enums as written. */
final class Values {
  private Values() {}

  static String format(Object value) {
    if (value instanceof ByteSize size) {
      return size(size);
    }
    if (value instanceof Duration duration) {
      return Durations.format(duration);
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(Values::format).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  /** {@code 768Mi} when binary-round, else {@code 204M (194.5 MiB)}: exact, and readable at a glance. */
  static String size(ByteSize size) {
    long bytes = size.bytes();
    if (bytes == 0 || bytes % ByteSize.KIB == 0) {
      return size.kubernetes();
    }
    String exact;
    if (bytes % 1_000_000_000L == 0) {
      exact = bytes / 1_000_000_000L + "G";
    } else if (bytes % 1_000_000L == 0) {
      exact = bytes / 1_000_000L + "M";
    } else if (bytes % 1_000L == 0) {
      exact = bytes / 1_000L + "k";
    } else {
      exact = Long.toString(bytes);
    }
    return exact + " (" + size.human() + ")";
  }
}
