package io.rhc.target.compose;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The whole compose file as data.
 *
 * @param project the compose project name (written to {@code .env.example} as {@code COMPOSE_PROJECT_NAME})
 * @param services in start order: data nodes, sentinels, proxies, exporters, backup
 * @param networks the user-defined networks, by key; the value is the network's fixed name
 * @param volumes named volumes, by key; the value is the volume's fixed name (or NFS options)
 * @param secrets compose secrets by name, each read from a host file
 */
record ComposeProject(
    String project,
    List<Service> services,
    SortedMap<String, String> networks,
    SortedMap<String, NamedVolume> volumes,
    SortedMap<String, String> secrets) {
  ComposeProject {
    services = List.copyOf(services);
  }

  /** A named volume: a local volume, or a local volume backed by an NFS export. */
  record NamedVolume(String name, java.util.Optional<String> nfsAddress, java.util.Optional<String> nfsDevice) {}

  SortedSet<String> environmentVariables() {
    SortedSet<String> names = new TreeSet<>();
    services.forEach(s -> s.environment().values().forEach(v -> names.addAll(Interpolation.variables(v))));
    return names;
  }
}
