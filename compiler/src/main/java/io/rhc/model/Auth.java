package io.rhc.model;

import java.util.List;
import java.util.Optional;

/**
 * Authentication settings.
 *
 * @param defaultUser mode {@code acl}: whether the {@code default} user stays on (with {@code password})
 */
public record Auth(
    AuthMode mode,
    Optional<SecretRef> password,
    Optional<SecretRef> sentinelPassword,
    List<AclUser> users,
    boolean defaultUser,
    boolean protectedMode) {
  public Auth {
    users = List.copyOf(users);
  }

  public boolean enabled() {
    return mode != AuthMode.NONE;
  }

  public boolean acl() {
    return mode == AuthMode.ACL;
  }
}
