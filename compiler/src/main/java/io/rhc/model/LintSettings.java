package io.rhc.model;

import java.util.List;

/** Lint settings of one spec. */
public record LintSettings(List<LintIgnore> ignore, Thresholds thresholds) {
  public LintSettings {
    ignore = List.copyOf(ignore);
  }
}
