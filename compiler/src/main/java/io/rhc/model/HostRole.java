package io.rhc.model;

/** What a systemd host runs. */
public enum HostRole {
  REDIS,
  SENTINEL,
  PROXY
}
