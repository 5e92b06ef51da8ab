package io.rhc.model;

import java.util.List;

/** Engine of the data nodes (and co-located sentinels); {@code config} is {@code engine.config}. */
public record Engine(EngineType type, EngineVersion version, String image, List<ConfigDirective> config) {
  public Engine {
    config = List.copyOf(config);
  }

  public Engine withConfig(List<ConfigDirective> newConfig) {
    return new Engine(type, version, image, newConfig);
  }
}
