package io.rhc.model;

/** Authentication mode. */
public enum AuthMode {
  NONE,
  PASSWORD,
  ACL
}
