package io.rhc.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Hosts and unit settings of the systemd target. */
public record SystemdSettings(List<SystemdHost> hosts, String restart, Optional<Duration> restartDelay, String configDir) {
  public SystemdSettings {
    hosts = List.copyOf(hosts);
  }
}
