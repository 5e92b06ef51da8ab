package io.rhc.resolve.sizing;

import io.rhc.model.BudgetLine;
import io.rhc.model.ByteSize;
import io.rhc.model.MemoryBudget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The memory budget of one data node: what must fit under its hard memory limit besides the
 * data, and the {@code maxmemory} that leaves room for it. A pure function of {@link SizingInputs}.
 *
 * <p>The model, line by line:
 *
 * <ul>
 *   <li><b>maxmemory</b> caps the dataset. The replication backlog is counted <em>inside</em>
 *       maxmemory by Redis (only replica output buffers and the AOF buffer are subtracted from used
 *       memory, see {@code freeMemoryGetNotCountedMemory} in redis {@code src/evict.c}), so it does
 *       not add to the total but it shrinks the room for data: {@code datasetCapacity = maxmemory −
 *       backlog} once there is a replica.
 *   <li><b>Fork copy-on-write reserve</b> = f × maxmemory. BGSAVE, AOF rewrites and full syncs of
 *       a replica fork the process; every page written while the child runs is copied. f is 0 when
 *       nothing forks (no persistence in any role, no replicas), 5 % when only replica full syncs
 *       fork, 10 % with RDB and/or AOF and 50 % for write-heavy data. Redis never runs two forks at
 *       once, so RDB and AOF together do not double it.
 *   <li><b>Replica output buffer beyond the backlog</b>: since Redis 7 the replication buffer is
 *       shared with the backlog, and only what a slow replica holds beyond it is extra and is not
 *       counted against maxmemory: {@code max(0, soft limit − backlog)}. Bursts up to the hard
 *       limit are short by definition and left to lint.
 *   <li><b>AOF write buffer</b>: 4 MiB when AOF is on in any role, outside maxmemory as well.
 *   <li><b>Process baseline</b>: 8 MiB for the server itself (code, clients, internal tables).
 * </ul>
 *
 * <p>The counted lines must add up to no more than the limit, and a declared dataset must fit the
 * dataset capacity. Without an explicit maxmemory, the largest whole MiB that keeps the budget
 * within the limit is used: {@code (limit − baseline − AOF buffer − replica extra) / (1 + f)}, capped
 * where lint would warn about it — at the warning share of the limit when the node forks (RHC2001) and
 * at the limit minus the replica buffer soft limit when it has replicas (RHC2002) — so that a value rhc
 * derives never draws a warning of its own rules.
 */
public final class MemorySizing {
  private static final ByteSize AOF_BUFFER = ByteSize.ofMiB(4);
  private static final ByteSize BASELINE = ByteSize.ofMiB(8);

  private MemorySizing() {}

  /** f as a whole percentage of maxmemory. */
  public static int forkReservePercent(SizingInputs in) {
    if (!in.persists() && !in.replicated()) {
      return 0;
    }
    if (in.writeHeavy()) {
      return 50;
    }
    return in.persists() ? 10 : 5;
  }

  /** The maxmemory used when the spec sets none: the budget's room within the lint caps, floored to a whole MiB. */
  public static ByteSize defaultMaxmemory(SizingInputs in) {
    ByteSize room = budgetRoom(in);
    ByteSize cap = lintCap(in);
    return room.compareTo(cap) <= 0 ? room : cap;
  }

  /** The largest whole-MiB maxmemory whose budget fits the limit. */
  public static ByteSize budgetRoom(SizingInputs in) {
    long room = in.limit().bytes() - BASELINE.bytes() - aofBuffer(in).bytes() - replicaExtra(in).bytes();
    if (room <= 0) {
      return ByteSize.ofBytes(0);
    }
    long scaled = BigDecimal.valueOf(room).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(100L + forkReservePercent(in)), 0, RoundingMode.FLOOR).longValueExact();
    return ByteSize.ofBytes(scaled).floorMiB();
  }

  /**
   * The most maxmemory the sizing rules accept without a warning: at most the warning share of the limit when
   * the node forks (RHC2001), and room for the replica buffer soft limit above it when it has replicas (RHC2002).
   */
  public static ByteSize lintCap(SizingInputs in) {
    long cap = in.limit().bytes();
    if (forkReservePercent(in) > 0) {
      cap = Math.min(cap, percentOfLimit(in.limit(), BigDecimal.valueOf(in.warningPercent())).bytes());
    }
    if (in.replicated()) {
      cap = Math.min(cap, in.limit().bytes() - in.replicaSoftLimit().bytes());
    }
    return ByteSize.ofBytes(Math.max(0, cap)).floorMiB();
  }

  /** A percentage maxmemory: {@code limit × percent / 100}, floored to a whole MiB. */
  public static ByteSize percentOfLimit(ByteSize limit, BigDecimal percent) {
    long bytes = BigDecimal.valueOf(limit.bytes()).multiply(percent)
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).longValueExact();
    return ByteSize.ofBytes(bytes).floorMiB();
  }

  /** The budget of one data node running with {@code maxmemory}. */
  public static MemoryBudget budget(SizingInputs in, ByteSize maxmemory) {
    int f = forkReservePercent(in);
    ByteSize fork = maxmemory.percent(f);
    ByteSize backlog = in.replicated() ? in.backlog() : ByteSize.ofBytes(0);
    List<BudgetLine> lines = List.of(
        new BudgetLine("maxmemory (dataset cap)", maxmemory, true, "the cap on what Redis keeps, backlog included"),
        new BudgetLine("fork copy-on-write reserve", fork, true, forkWhy(in, f)),
        new BudgetLine("replica output buffer beyond the backlog", replicaExtra(in), true, replicaWhy(in)),
        new BudgetLine("AOF write buffer", aofBuffer(in), true,
            in.aof() ? "AOF is on; its buffer is not counted in maxmemory" : "AOF is off"),
        new BudgetLine("process baseline", BASELINE, true, "the server process itself"),
        new BudgetLine("replication backlog (inside maxmemory)", backlog, false,
            in.replicated() ? "`repl-backlog-size`, counted by Redis inside maxmemory" : "no replicas, no backlog"));
    ByteSize total = lines.stream().filter(BudgetLine::counted).map(BudgetLine::amount)
        .reduce(ByteSize.ofBytes(0), ByteSize::plus);
    return new MemoryBudget(lines, in.limit(), total, maxmemory.minus(backlog), in.dataset());
  }

  /**
   * The smallest whole-MiB limit whose budget fits {@code maxmemory} with this node's overheads and under which
   * {@code maxmemory} stays within the lint caps ({@link #lintCap}).
   */
  public static ByteSize minimumLimit(SizingInputs in, ByteSize maxmemory) {
    ByteSize total = maxmemory.plus(maxmemory.percent(forkReservePercent(in)))
        .plus(replicaExtra(in)).plus(aofBuffer(in)).plus(BASELINE);
    long lowest = ceilMiB(total).bytes();
    if (forkReservePercent(in) > 0) {
      lowest = Math.max(lowest, ceilMiB(ByteSize.ofBytes(BigDecimal.valueOf(maxmemory.bytes())
          .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(in.warningPercent()), 0, RoundingMode.CEILING)
          .longValueExact())).bytes());
    }
    if (in.replicated()) {
      lowest = Math.max(lowest, ceilMiB(maxmemory.plus(in.replicaSoftLimit())).bytes());
    }
    // a whole-MiB floor of the percentage can still land below maxmemory: step up until the cap holds
    while (lintCap(withLimit(in, ByteSize.ofBytes(lowest))).compareTo(maxmemory) < 0) {
      lowest += ByteSize.MIB;
    }
    return ByteSize.ofBytes(lowest);
  }

  private static SizingInputs withLimit(SizingInputs in, ByteSize limit) {
    return new SizingInputs(limit, in.dataset(), in.writeHeavy(), in.rdb(), in.aof(), in.replicas(), in.backlog(),
        in.replicaSoftLimit(), in.warningPercent());
  }

  /** The least maxmemory that holds {@code dataset} beside the backlog, in whole MiB. */
  public static ByteSize maxmemoryForDataset(SizingInputs in, ByteSize dataset) {
    return ceilMiB(dataset.plus(in.replicated() ? in.backlog() : ByteSize.ofBytes(0)));
  }

  private static ByteSize replicaExtra(SizingInputs in) {
    return in.replicated() ? in.replicaSoftLimit().minus(in.backlog()) : ByteSize.ofBytes(0);
  }

  private static ByteSize aofBuffer(SizingInputs in) {
    return in.aof() ? AOF_BUFFER : ByteSize.ofBytes(0);
  }

  private static ByteSize ceilMiB(ByteSize size) {
    long mib = (size.bytes() + ByteSize.MIB - 1) / ByteSize.MIB;
    return ByteSize.ofMiB(mib);
  }

  private static String forkWhy(SizingInputs in, int f) {
    if (f == 0) {
      return "nothing forks: no persistence and no replicas";
    }
    if (in.writeHeavy()) {
      return f + "% of maxmemory: write-heavy data is copied while a fork runs";
    }
    if (!in.persists()) {
      return f + "% of maxmemory: only replica full syncs fork";
    }
    String forks = in.rdb() && in.aof() ? "RDB snapshots and AOF rewrites fork (never two at once)"
        : in.rdb() ? "RDB snapshots fork" : "AOF rewrites fork";
    return f + "% of maxmemory: " + forks;
  }

  private static String replicaWhy(SizingInputs in) {
    if (!in.replicated()) {
      return "no replicas";
    }
    return "soft limit " + in.replicaSoftLimit().human() + " minus the " + in.backlog().human()
        + " backlog it shares";
  }
}
