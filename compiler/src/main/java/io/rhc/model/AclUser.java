package io.rhc.model;

import java.util.List;

/**
 * An application's ACL user.
 *
 * @param passwords one password, or two during a rotation (both accepted)
 * @param permissions the ACL rules after {@code -@all}, such as {@code ~app:* +@read +@write}
 */
public record AclUser(String name, List<SecretRef> passwords, String permissions) {
  public AclUser {
    passwords = List.copyOf(passwords);
  }
}
