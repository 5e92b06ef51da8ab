package io.rhc.model;

import java.util.List;

/** RDB snapshot settings. */
public record Rdb(boolean enabled, List<SavePoint> savePoints) {
  public Rdb {
    savePoints = List.copyOf(savePoints);
  }
}
