package io.rhc.model;

import java.util.List;

/**
 * One entry of {@code engine.config} or {@code sentinel.config}: a directive and its arguments, one config line per
 * value ({@code loadmodule} and {@code client-output-buffer-limit} may take several), written as given.
 */
public record ConfigDirective(String name, List<String> values) {
  public ConfigDirective {
    values = List.copyOf(values);
  }

  /** The config-file lines: {@code name value}, an empty value as {@code ""}. */
  public List<String> lines() {
    return values.stream().map(v -> name + " " + (v.isEmpty() ? "\"\"" : v)).toList();
  }
}
