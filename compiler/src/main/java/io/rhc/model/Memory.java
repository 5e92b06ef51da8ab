package io.rhc.model;

import java.util.Optional;

/** Memory of each data node, with maxmemory resolved and its budget. */
public record Memory(
    ByteSize limit,
    ByteSize request,
    ByteSize maxmemory,
    Optional<ByteSize> dataset,
    EvictionPolicy policy,
    boolean writeHeavy,
    ByteSize sentinelLimit,
    MemoryBudget budget) {

  /** maxmemory as a percentage of the limit. */
  public double maxmemoryPercent() {
    return limit.isZero() ? 0 : maxmemory.bytes() * 100.0 / limit.bytes();
  }
}
