package io.rhc.model;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code spec.drill}: the scenarios {@code rhc drill} runs by default and the objectives its runs
 * must meet. Objective maps are keyed by scenario name or {@code default}.
 */
public record Drill(List<String> scenarios, Map<String, Duration> maxUnavailability, Map<String, Integer> maxLostWrites) {
  public static final String DEFAULT_KEY = "default";

  public Drill {
    scenarios = List.copyOf(scenarios);
    maxUnavailability = Collections.unmodifiableMap(new TreeMap<>(maxUnavailability));
    maxLostWrites = Collections.unmodifiableMap(new TreeMap<>(maxLostWrites));
  }

  /** No objectives; every scenario runs. */
  public static Drill none(List<String> allScenarios) {
    return new Drill(allScenarios, Map.of(), Map.of());
  }

  public Optional<Duration> unavailabilityLimit(String scenario) {
    return Optional.ofNullable(maxUnavailability.getOrDefault(scenario, maxUnavailability.get(DEFAULT_KEY)));
  }

  public Optional<Integer> lostWritesLimit(String scenario) {
    return Optional.ofNullable(maxLostWrites.getOrDefault(scenario, maxLostWrites.get(DEFAULT_KEY)));
  }
}
