package io.rhc.model;

/** An ACL user. */
public record AclUser(String name, SecretRef password, String permissions) {}
