package io.rhc.rollout;

import java.util.List;
import java.util.Optional;

/**
 * The running Redis whose data a new cluster takes over: its master, and for a Sentinel-managed one the
 * sentinels that watch it and their master group name.
 */
public record AdoptSource(String host, int port, List<String> sentinels, Optional<String> masterName) {
  public AdoptSource {
    sentinels = List.copyOf(sentinels);
    if (!sentinels.isEmpty() && masterName.isEmpty()) {
      throw new IllegalArgumentException("the old sentinels' master group name is needed to remove it");
    }
  }

  public String address() {
    return host + ":" + port;
  }
}
