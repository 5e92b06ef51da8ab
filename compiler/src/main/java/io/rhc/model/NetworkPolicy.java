package io.rhc.model;

import java.util.List;

/** Network isolation. */
public record NetworkPolicy(boolean enabled, List<String> allowNamespaces) {
  public NetworkPolicy {
    allowNamespaces = List.copyOf(allowNamespaces);
  }
}
