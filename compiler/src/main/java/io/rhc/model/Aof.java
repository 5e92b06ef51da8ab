package io.rhc.model;

/** Append-only file settings. */
public record Aof(boolean enabled, Fsync fsync, int rewritePercentage, ByteSize rewriteMinSize) {
  // equals and hashCode written out: a record's generated ones are linked through ObjectMethods on first use,
  // about 6 ms of a cold compile, and a compile compares these (see ModelEqualityTest)
  @Override
  public boolean equals(Object o) {
    return o instanceof Aof a && enabled == a.enabled && fsync == a.fsync && rewritePercentage == a.rewritePercentage
        && rewriteMinSize.equals(a.rewriteMinSize);
  }

  @Override
  public int hashCode() {
    return ((Boolean.hashCode(enabled) * 31 + fsync.ordinal()) * 31 + rewritePercentage) * 31
        + rewriteMinSize.hashCode();
  }
}
