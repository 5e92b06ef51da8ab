package io.rhc.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sentinel settings, with defaults applied. */
public record Sentinel(
    SentinelPlacement placement,
    int count,
    int quorum,
    String masterName,
    int port,
    String image,
    EngineVersion version,
    Duration downAfter,
    Duration failoverTimeout,
    int parallelSyncs,
    Duration masterRebootDownAfter,
    boolean resolveHostnames,
    boolean announceHostnames,
    Optional<String> monitorAddress,
    List<ConfigDirective> config) {

  public Sentinel {
    config = List.copyOf(config);
  }

  /** {@code floor(count / 2) + 1}: sentinels that must authorise a failover. */
  public int majority() {
    return count / 2 + 1;
  }

  /** Sentinels that must be reachable for a failover to start and be authorised. */
  public int need() {
    return Math.max(quorum, majority());
  }

  public boolean hostnameMode() {
    return resolveHostnames && announceHostnames;
  }
}
