package io.rhc.model;

import java.util.List;
import java.util.Optional;

/**
 * What one data node needs under its memory limit, line by line.
 *
 * @param lines the items, in display order
 * @param limit the hard limit
 * @param total the sum of the counted lines
 * @param datasetCapacity room left for data inside maxmemory once the backlog is in
 * @param dataset the declared working set, when given
 */
public record MemoryBudget(
    List<BudgetLine> lines, ByteSize limit, ByteSize total, ByteSize datasetCapacity, Optional<ByteSize> dataset) {
  public MemoryBudget {
    lines = List.copyOf(lines);
  }

  public boolean fitsLimit() {
    return total.compareTo(limit) <= 0;
  }

  public boolean fitsDataset() {
    return dataset.map(d -> d.compareTo(datasetCapacity) <= 0).orElse(true);
  }

  public boolean fits() {
    return fitsLimit() && fitsDataset();
  }

  public ByteSize spare() {
    return limit.minus(total);
  }
}
