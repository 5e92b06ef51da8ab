package io.rhc.drill;

import java.util.Arrays;
import java.util.Optional;

/** The faults the drill injects, named as in {@code spec.drill} and {@code --scenario}. */
enum Scenario {
  MASTER_CRASH("master-crash", "kill -9 of the master", true),
  GRACEFUL_STOP("graceful-stop", "the master stopped through its generated stop hook", true),
  MASTER_NEW_IP("master-new-ip", "the crashed master returns with a new address, then takes over", true),
  CRASH_FAST_RESTART("crash-fast-restart", "kill -9 of the master and a restart within 0.5 s", false),
  ONE_SENTINEL_DOWN("one-sentinel-down", "one sentinel stopped, then kill -9 of the master", true),
  SENTINEL_MAJORITY_DOWN("sentinel-majority-down", "a majority of sentinels stopped, then kill -9 of the master",
      false),
  PARTITION("partition", "the master's host cut off from every other host, then healed", true);

  private final String id;
  private final String description;
  private final boolean mustFailOver;

  Scenario(String id, String description, boolean mustFailOver) {
    this.id = id;
    this.description = description;
    this.mustFailOver = mustFailOver;
  }

  String id() {
    return id;
  }

  String description() {
    return description;
  }

  /** Whether Sentinel must promote a replica for the run to pass. */
  boolean mustFailOver() {
    return mustFailOver;
  }

  static Optional<Scenario> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }
}
