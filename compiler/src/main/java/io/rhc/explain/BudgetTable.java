package io.rhc.explain;

import io.rhc.model.BudgetLine;
import io.rhc.model.ByteSize;
import io.rhc.model.MemoryBudget;
import java.util.Locale;

/**
 * The memory budget as a table: one bar per counted line, scaled so the full bar width is the
 * memory limit. In the maxmemory bar, {@code ░} marks the part the replication backlog takes.
 */
final class BudgetTable {
  private static final int BAR = 40;
  private static final String EIGHTHS = " ▏▎▍▌▋▊▉";
  private static final String ROW = "  %-42s %10s  %s  %5.1f%%%n";

  private BudgetTable() {}

  static String render(MemoryBudget budget) {
    StringBuilder sb = new StringBuilder();
    sb.append("Memory budget per data node (limit ").append(budget.limit().human()).append(")\n");
    ByteSize backlog = budget.lines().stream().filter(l -> !l.counted()).map(BudgetLine::amount)
        .reduce(ByteSize.ofBytes(0), ByteSize::plus);
    boolean firstLine = true;
    for (BudgetLine line : budget.lines()) {
      if (!line.counted()) {
        continue;
      }
      String bar = firstLine ? split(line.amount().minus(backlog), backlog, budget.limit())
          : bar(line.amount(), budget.limit());
      firstLine = false;
      sb.append(String.format(Locale.ROOT, ROW, line.item(), line.amount().human(), bar,
          percent(line.amount(), budget.limit())));
    }
    sb.append(String.format(Locale.ROOT, "  %-42s %10s of %s — %s%n", "total", budget.total().human(),
        budget.limit().human(), budget.fitsLimit() ? "fits, " + budget.spare().human() + " spare"
            : "over by " + budget.total().minus(budget.limit()).human()));
    sb.append("  replication backlog (inside maxmemory, ░) ").append(backlog.human())
        .append("; dataset capacity ").append(budget.datasetCapacity().human())
        .append(budget.dataset().map(d -> (budget.fitsDataset() ? " ≥ declared " : " < declared ") + d.human()
            + (budget.fitsDataset() ? "" : " — does not fit")).orElse(", no `dataset` declared")).append('\n');
    sb.append("Where the figures come from:\n");
    for (BudgetLine line : budget.lines()) {
      sb.append("  ").append(line.item()).append(": ").append(line.why()).append('\n');
    }
    return sb.toString();
  }

  /** A bar in eighths of a cell, padded to the full width (longer when over the limit). */
  private static String bar(ByteSize amount, ByteSize limit) {
    String bar = blocks(amount, limit);
    return bar + " ".repeat(Math.max(0, BAR - bar.length()));
  }

  /** {@code data} in full blocks, then {@code backlog} in light shade, padded to the full width. */
  private static String split(ByteSize data, ByteSize backlog, ByteSize limit) {
    long dataCells = cells(data, limit);
    long totalCells = cells(data.plus(backlog), limit);
    String bar = "█".repeat((int) dataCells) + "░".repeat((int) (totalCells - dataCells));
    return bar + " ".repeat(Math.max(0, BAR - bar.length()));
  }

  private static String blocks(ByteSize amount, ByteSize limit) {
    long eighths = limit.isZero() ? 0 : Math.round(amount.bytes() * BAR * 8.0 / limit.bytes());
    String bar = "█".repeat((int) (eighths / 8));
    return eighths % 8 == 0 ? bar : bar + EIGHTHS.charAt((int) (eighths % 8));
  }

  private static long cells(ByteSize amount, ByteSize limit) {
    return limit.isZero() ? 0 : Math.round(amount.bytes() * (double) BAR / limit.bytes());
  }

  private static double percent(ByteSize amount, ByteSize limit) {
    return limit.isZero() ? 0 : amount.bytes() * 100.0 / limit.bytes();
  }
}
