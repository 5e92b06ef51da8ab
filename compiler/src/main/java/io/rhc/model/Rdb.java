package io.rhc.model;

import java.util.List;

/** RDB snapshot settings. */
public record Rdb(boolean enabled, List<SavePoint> savePoints) {
  // equals and hashCode written out: a record's generated ones are linked through ObjectMethods on first use,
  // about 6 ms of a cold compile, and a compile compares these (see ModelEqualityTest)
  public Rdb {
    savePoints = List.copyOf(savePoints);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rdb r && enabled == r.enabled && savePoints.equals(r.savePoints);
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(enabled) * 31 + savePoints.hashCode();
  }
}
