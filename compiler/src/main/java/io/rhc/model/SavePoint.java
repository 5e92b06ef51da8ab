package io.rhc.model;

import java.time.Duration;

/** {@code save <seconds> <changes>}. */
public record SavePoint(Duration after, long changes) {
  // equals and hashCode written out: a record's generated ones are linked through ObjectMethods on first use,
  // about 6 ms of a cold compile, and a compile compares these (see ModelEqualityTest)
  @Override
  public boolean equals(Object o) {
    return o instanceof SavePoint p && changes == p.changes && after.equals(p.after);
  }

  @Override
  public int hashCode() {
    return after.hashCode() * 31 + Long.hashCode(changes);
  }
}
