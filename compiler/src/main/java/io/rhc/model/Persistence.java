package io.rhc.model;

/**
 * Persistence settings. {@code replicaRdb}/{@code replicaAof} are what a node uses while it
 * is a replica; they equal {@code rdb}/{@code aof} unless the spec sets per-role differences.
 */
public record Persistence(
    Rdb rdb,
    Aof aof,
    Rdb replicaRdb,
    Aof replicaAof,
    Volume volume,
    boolean stopWritesOnBgsaveError,
    boolean noAppendfsyncOnRewrite) {

  /** True when any role writes RDB or AOF. */
  public boolean any() {
    return rdb.enabled() || aof.enabled() || replicaRdb.enabled() || replicaAof.enabled();
  }

  /** True when the master role (the one that matters after a restart) persists nothing. */
  public boolean masterNone() {
    return !rdb.enabled() && !aof.enabled();
  }

  public boolean roleDifferences() {
    return !rdb.equals(replicaRdb) || !aof.equals(replicaAof);
  }
}
