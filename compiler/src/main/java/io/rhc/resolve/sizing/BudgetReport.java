package io.rhc.resolve.sizing;

import io.rhc.model.BudgetLine;
import io.rhc.model.MemoryBudget;
import java.util.Locale;

/** The plain-text budget table carried in the detail of a refused memory budget. */
public final class BudgetReport {
  private BudgetReport() {}

  public static String table(MemoryBudget budget) {
    StringBuilder sb = new StringBuilder("Memory budget per data node:");
    for (BudgetLine line : budget.lines()) {
      if (line.counted()) {
        sb.append(row(line.item(), line.amount().human(), line.why()));
      }
    }
    sb.append(row("total", budget.total().human(),
        "of the " + budget.limit().human() + " limit" + (budget.fitsLimit() ? "" : ", over by "
            + budget.total().minus(budget.limit()).human())));
    budget.lines().stream().filter(line -> !line.counted()).forEach(line ->
        sb.append(row(line.item(), line.amount().human(), line.why())));
    sb.append(row("dataset capacity", budget.datasetCapacity().human(), budget.dataset()
        .map(d -> (budget.fitsDataset() ? "fits" : "too small for") + " the declared " + d.human())
        .orElse("no `dataset` declared")));
    return sb.toString();
  }

  private static String row(String item, String amount, String why) {
    return String.format(Locale.ROOT, "%n    %-42s %12s  %s", item, amount, why);
  }
}
