package io.rhc.target.compose;

import io.rhc.model.ByteSize;
import java.time.Duration;

/** Values in compose's own units. */
final class ComposeUnits {
  private ComposeUnits() {}

  /**
   * A memory size as compose reads it: its suffixes are binary ({@code m} is MiB, {@code g} GiB),
   * so {@code 768Mi} is written {@code 768m}; sizes that are not whole KiB stay plain bytes.
   */
  static String memory(ByteSize size) {
    long b = size.bytes();
    if (b != 0 && b % ByteSize.GIB == 0) {
      return b / ByteSize.GIB + "g";
    }
    if (b != 0 && b % ByteSize.MIB == 0) {
      return b / ByteSize.MIB + "m";
    }
    if (b != 0 && b % ByteSize.KIB == 0) {
      return b / ByteSize.KIB + "k";
    }
    return Long.toString(b);
  }

  /** A duration in compose syntax: whole seconds as {@code 45s}, anything finer in {@code ms}. */
  static String duration(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }

  /** Whole seconds, rounded up. */
  static long ceilSeconds(Duration d) {
    return (d.toMillis() + 999) / 1000;
  }
}
