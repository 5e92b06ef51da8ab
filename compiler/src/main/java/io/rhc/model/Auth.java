package io.rhc.model;

import java.util.List;
import java.util.Optional;

/** Authentication settings. */
public record Auth(
    AuthMode mode,
    Optional<SecretRef> password,
    Optional<SecretRef> sentinelPassword,
    List<AclUser> users,
    boolean protectedMode) {
  public Auth {
    users = List.copyOf(users);
  }

  public boolean enabled() {
    return mode != AuthMode.NONE;
  }
}
