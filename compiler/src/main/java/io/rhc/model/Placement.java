package io.rhc.model;

import java.util.List;

/** Where instances may run. */
public record Placement(Spread spread, boolean required, List<String> avoidNodes) {
  public Placement {
    avoidNodes = List.copyOf(avoidNodes);
  }
}
