package io.rhc.target.compose;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** One compose service, before rendering; the artifact check reads this, the template prints it. */
record Service(
    String name,
    String image,
    List<String> profiles,
    List<String> entrypoint,
    List<String> command,
    SortedMap<String, String> environment,
    List<String> secrets,
    List<Mount> mounts,
    List<String> networks,
    List<String> ports,
    String restart,
    Optional<Duration> stopGracePeriod,
    Optional<String> memLimit,
    Optional<String> memReservation,
    Optional<Healthcheck> healthcheck) {
  Service {
    profiles = List.copyOf(profiles);
    entrypoint = List.copyOf(entrypoint);
    command = List.copyOf(command);
    environment = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(environment));
    secrets = List.copyOf(secrets);
    mounts = List.copyOf(mounts);
    networks = List.copyOf(networks);
    ports = List.copyOf(ports);
  }

  /** Services get their DNS name from {@code hostname}; it always equals the service name. */
  String hostname() {
    return name;
  }
}
