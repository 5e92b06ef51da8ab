package io.rhc.model;

import java.util.OptionalInt;
import java.util.Set;

/** A machine of the systemd target. */
public record SystemdHost(String name, Set<HostRole> roles, OptionalInt node) {
  public SystemdHost {
    roles = Set.copyOf(roles);
  }

  public boolean runs(HostRole role) {
    return roles.contains(role);
  }
}
