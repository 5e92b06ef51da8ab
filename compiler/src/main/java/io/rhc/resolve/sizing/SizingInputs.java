package io.rhc.resolve.sizing;

import io.rhc.model.ByteSize;
import java.util.Optional;

/**
 * What the memory budget of one data node depends on.
 *
 * @param limit hard memory limit of the node
 * @param dataset declared working set, when given
 * @param writeHeavy the dataset is rewritten heavily while a fork runs
 * @param rdb RDB snapshots are on in any role
 * @param aof AOF is on in any role
 * @param replicas number of replicas of the master
 * @param backlog {@code repl-backlog-size}
 * @param replicaSoftLimit soft limit of {@code client-output-buffer-limit replica}
 * @param warningPercent the share of the limit above which lint warns that maxmemory leaves too little fork
 *     headroom ({@code lint.thresholds.maxmemoryWarningPercent}, RHC2001)
 */
public record SizingInputs(
    ByteSize limit,
    Optional<ByteSize> dataset,
    boolean writeHeavy,
    boolean rdb,
    boolean aof,
    int replicas,
    ByteSize backlog,
    ByteSize replicaSoftLimit,
    int warningPercent) {

  boolean replicated() {
    return replicas >= 1;
  }

  boolean persists() {
    return rdb || aof;
  }
}
