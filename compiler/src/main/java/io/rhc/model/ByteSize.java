package io.rhc.model;

/** An exact number of bytes, printed in the unit each consumer expects. */
public record ByteSize(long bytes) implements Comparable<ByteSize> {
  // equals and hashCode written out: a record's generated ones are linked through ObjectMethods on first use,
  // about 6 ms of a cold compile, and a compile compares these (see ModelEqualityTest)
  public static final long KIB = 1024L;
  public static final long MIB = 1024L * 1024;
  public static final long GIB = 1024L * 1024 * 1024;

  public ByteSize {
    if (bytes < 0) {
      throw new IllegalArgumentException("negative size: " + bytes);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ByteSize b && bytes == b.bytes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bytes);
  }

  public static ByteSize ofBytes(long bytes) {
    return new ByteSize(bytes);
  }

  public static ByteSize ofMiB(long mib) {
    return new ByteSize(Math.multiplyExact(mib, MIB));
  }

  public ByteSize plus(ByteSize other) {
    return new ByteSize(Math.addExact(bytes, other.bytes));
  }

  public ByteSize minus(ByteSize other) {
    return new ByteSize(Math.max(0, bytes - other.bytes));
  }

  /** Multiplies by a percentage and rounds down to a whole byte. */
  public ByteSize percent(double percent) {
    return new ByteSize((long) Math.floor(bytes * percent / 100.0));
  }

  /** Rounds down to a whole MiB. */
  public ByteSize floorMiB() {
    return new ByteSize(bytes / MIB * MIB);
  }

  public double mib() {
    return bytes / (double) MIB;
  }

  public boolean isZero() {
    return bytes == 0;
  }

  /** Redis config units, which are binary: {@code 640mb}, {@code 1gb}, {@code 512kb} or plain bytes. */
  public String redis() {
    if (bytes != 0 && bytes % GIB == 0) {
      return bytes / GIB + "gb";
    }
    if (bytes != 0 && bytes % MIB == 0) {
      return bytes / MIB + "mb";
    }
    if (bytes != 0 && bytes % KIB == 0) {
      return bytes / KIB + "kb";
    }
    return Long.toString(bytes);
  }

  /** Kubernetes quantity: {@code 768Mi}, {@code 1Gi}, {@code 1000000} (plain bytes when not binary-round). */
  public String kubernetes() {
    if (bytes != 0 && bytes % GIB == 0) {
      return bytes / GIB + "Gi";
    }
    if (bytes != 0 && bytes % MIB == 0) {
      return bytes / MIB + "Mi";
    }
    if (bytes != 0 && bytes % KIB == 0) {
      return bytes / KIB + "Ki";
    }
    return Long.toString(bytes);
  }

  /** systemd {@code MemoryMax=} form: {@code 768M} means MiB there (systemd units are binary). */
  public String systemd() {
    if (bytes != 0 && bytes % GIB == 0) {
      return bytes / GIB + "G";
    }
    if (bytes != 0 && bytes % MIB == 0) {
      return bytes / MIB + "M";
    }
    if (bytes != 0 && bytes % KIB == 0) {
      return bytes / KIB + "K";
    }
    return Long.toString(bytes);
  }

  /**
   * For people: {@code 640.0 MiB}. Rounded like {@code %.1f} / {@code %.2f} (half up on the shortest
   * decimal form) without {@link String#format}, whose locale setup was 7% of a native compile.
   */
  public String human() {
    if (bytes >= GIB) {
      return rounded(bytes / (double) GIB, 2) + " GiB";
    }
    return rounded(mib(), 1) + " MiB";
  }

  private static String rounded(double value, int decimals) {
    return new java.math.BigDecimal(Double.toString(value)).setScale(decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  @Override
  public int compareTo(ByteSize o) {
    return Long.compare(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return redis();
  }
}
