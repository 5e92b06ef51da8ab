package io.rhc.resolve.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.BudgetLine;
import io.rhc.model.ByteSize;
import io.rhc.model.MemoryBudget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MemorySizingTest {
  private static final long MIB = ByteSize.MIB;
  private static final ByteSize DEFAULT_BACKLOG = ByteSize.ofMiB(64);
  private static final ByteSize DEFAULT_SOFT = ByteSize.ofMiB(64);
  private static final ByteSize SEED_DATASET = ByteSize.ofBytes(204_000_000L);

  /** Expected amounts in bytes, in the order of the budget lines, then total and dataset capacity. */
  private record Expected(long maxmemory, long fork, long replicaExtra, long aof, long baseline, long backlog,
      long total, long capacity, boolean fits) {}

  private static SizingInputs inputs(long limitMiB, Optional<ByteSize> dataset, boolean writeHeavy, boolean rdb,
      boolean aof, int replicas, ByteSize backlog, ByteSize soft) {
    return new SizingInputs(ByteSize.ofMiB(limitMiB), dataset, writeHeavy, rdb, aof, replicas, backlog, soft, 85);
  }

  static Stream<Arguments> budgets() {
    return Stream.of(
        Arguments.of("seed-incident-256mi-refused",
            inputs(256, Optional.of(SEED_DATASET), false, true, true, 2, DEFAULT_BACKLOG, DEFAULT_SOFT), null,
            // capped at 256Mi − the 64mb replica soft limit (RHC2002), below 85 % (RHC2001) and the budget's 221mb
            new Expected(192 * MIB, 20_132_659L, 0, 4 * MIB, 8 * MIB, 64 * MIB, 204 * MIB + 20_132_659L,
                128 * MIB, false)),
        Arguments.of("seed-fix-768mi-640mb-fits",
            inputs(768, Optional.of(SEED_DATASET), false, true, true, 2, DEFAULT_BACKLOG, DEFAULT_SOFT),
            ByteSize.ofMiB(640),
            new Expected(640 * MIB, 64 * MIB, 0, 4 * MIB, 8 * MIB, 64 * MIB, 716 * MIB, 576 * MIB, true)),
        Arguments.of("nothing-forks-no-persistence-no-replicas",
            inputs(512, Optional.empty(), false, false, false, 0, DEFAULT_BACKLOG, DEFAULT_SOFT), null,
            new Expected(504 * MIB, 0, 0, 0, 8 * MIB, 0, 512 * MIB, 504 * MIB, true)),
        Arguments.of("only-replica-syncs-fork-five-percent",
            inputs(512, Optional.empty(), false, false, false, 2, DEFAULT_BACKLOG, DEFAULT_SOFT), null,
            // capped at 85 % of the limit (RHC2001), below the budget's 480mb
            new Expected(435 * MIB, 22_806_528L, 0, 0, 8 * MIB, 64 * MIB, 443 * MIB + 22_806_528L, 371 * MIB, true)),
        Arguments.of("write-heavy-reserves-half",
            inputs(1024, Optional.empty(), true, true, false, 2, DEFAULT_BACKLOG, DEFAULT_SOFT), null,
            new Expected(677 * MIB, 677 * MIB / 2, 0, 0, 8 * MIB, 64 * MIB, 677 * MIB + 677 * MIB / 2 + 8 * MIB,
                613 * MIB, true)),
        Arguments.of("write-heavy-without-forks-reserves-nothing",
            inputs(512, Optional.empty(), true, false, false, 0, DEFAULT_BACKLOG, DEFAULT_SOFT), null,
            new Expected(504 * MIB, 0, 0, 0, 8 * MIB, 0, 512 * MIB, 504 * MIB, true)),
        Arguments.of("derived-maxmemory-rdb-aof-replicas",
            inputs(768, Optional.empty(), false, true, true, 2, DEFAULT_BACKLOG, DEFAULT_SOFT), null,
            new Expected(652 * MIB, 68_367_155L, 0, 4 * MIB, 8 * MIB, 64 * MIB, 664 * MIB + 68_367_155L,
                588 * MIB, true)),
        Arguments.of("replica-soft-limit-below-backlog-adds-nothing",
            inputs(768, Optional.empty(), false, true, false, 2, ByteSize.ofMiB(128), ByteSize.ofMiB(32)),
            ByteSize.ofMiB(600),
            new Expected(600 * MIB, 60 * MIB, 0, 0, 8 * MIB, 128 * MIB, 668 * MIB, 472 * MIB, true)),
        Arguments.of("replica-soft-limit-above-backlog-adds-the-rest",
            inputs(768, Optional.empty(), false, true, false, 2, DEFAULT_BACKLOG, ByteSize.ofMiB(256)),
            ByteSize.ofMiB(500),
            new Expected(500 * MIB, 50 * MIB, 192 * MIB, 0, 8 * MIB, 64 * MIB, 750 * MIB, 436 * MIB, true)),
        Arguments.of("aof-only-on-replicas-counts-the-buffer",
            inputs(768, Optional.empty(), false, false, true, 2, DEFAULT_BACKLOG, DEFAULT_SOFT), null,
            new Expected(652 * MIB, 68_367_155L, 0, 4 * MIB, 8 * MIB, 64 * MIB, 664 * MIB + 68_367_155L,
                588 * MIB, true)),
        Arguments.of("maxmemory-too-large-for-limit",
            inputs(768, Optional.empty(), false, true, true, 2, DEFAULT_BACKLOG, DEFAULT_SOFT), ByteSize.ofMiB(700),
            new Expected(700 * MIB, 70 * MIB, 0, 4 * MIB, 8 * MIB, 64 * MIB, 782 * MIB, 636 * MIB, false)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("budgets")
  void budgetLineByLine(String name, SizingInputs in, ByteSize maxmemory, Expected expected) {
    ByteSize used = maxmemory == null ? MemorySizing.defaultMaxmemory(in) : maxmemory;
    MemoryBudget budget = MemorySizing.budget(in, used);
    List<BudgetLine> lines = budget.lines();
    assertEquals(List.of("maxmemory (dataset cap)", "fork copy-on-write reserve",
        "replica output buffer beyond the backlog", "AOF write buffer", "process baseline",
        "replication backlog (inside maxmemory)"), lines.stream().map(BudgetLine::item).toList());
    assertEquals(List.of(expected.maxmemory(), expected.fork(), expected.replicaExtra(), expected.aof(),
        expected.baseline(), expected.backlog()), lines.stream().map(l -> l.amount().bytes()).toList());
    assertEquals(List.of(true, true, true, true, true, false), lines.stream().map(BudgetLine::counted).toList());
    assertEquals(expected.total(), budget.total().bytes(), "total");
    assertEquals(expected.capacity(), budget.datasetCapacity().bytes(), "dataset capacity");
    assertEquals(expected.fits(), budget.fits(), "fits");
  }

  static Stream<Arguments> forkReasons() {
    return Stream.of(
        Arguments.of("rdb-only", true, false, 2, "10% of maxmemory: RDB snapshots fork"),
        Arguments.of("aof-only", false, true, 0, "10% of maxmemory: AOF rewrites fork"),
        Arguments.of("rdb-and-aof", true, true, 2,
            "10% of maxmemory: RDB snapshots and AOF rewrites fork (never two at once)"),
        Arguments.of("replica-syncs-only", false, false, 2, "5% of maxmemory: only replica full syncs fork"),
        Arguments.of("nothing-forks", false, false, 0, "nothing forks: no persistence and no replicas"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forkReasons")
  void forkReserveSaysWhatForks(String name, boolean rdb, boolean aof, int replicas, String why) {
    SizingInputs in = inputs(768, Optional.empty(), false, rdb, aof, replicas, DEFAULT_BACKLOG, DEFAULT_SOFT);
    assertEquals(why, MemorySizing.budget(in, ByteSize.ofMiB(600)).lines().get(1).why());
  }

  static Stream<Arguments> percentages() {
    return Stream.of(
        Arguments.of("eighty-percent-floors-to-mib", 768L, "80", 614L),
        Arguments.of("fractional-percent", 768L, "83.33", 639L),
        Arguments.of("exact-half", 1024L, "50", 512L),
        Arguments.of("zero-percent", 768L, "0", 0L),
        Arguments.of("below-one-mib", 64L, "1", 0L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("percentages")
  void percentageOfLimitFloorsToWholeMiB(String name, long limitMiB, String percent, long expectedMiB) {
    assertEquals(ByteSize.ofMiB(expectedMiB),
        MemorySizing.percentOfLimit(ByteSize.ofMiB(limitMiB), new BigDecimal(percent)));
  }

  static Stream<Arguments> forkReserves() {
    return Stream.of(
        Arguments.of("no-persistence-no-replicas", false, false, false, 0, 0),
        Arguments.of("replicas-only", false, false, false, 1, 5),
        Arguments.of("rdb-only-standalone", false, true, false, 0, 10),
        Arguments.of("rdb-and-aof-not-doubled", false, true, true, 2, 10),
        Arguments.of("write-heavy", true, false, true, 2, 50));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forkReserves")
  void forkReservePercent(String name, boolean writeHeavy, boolean rdb, boolean aof, int replicas, int expected) {
    assertEquals(expected, MemorySizing.forkReservePercent(
        inputs(768, Optional.empty(), writeHeavy, rdb, aof, replicas, DEFAULT_BACKLOG, DEFAULT_SOFT)));
  }

  @ParameterizedTest(name = "derived-maxmemory-fits-limit-{0}-mib")
  @org.junit.jupiter.params.provider.ValueSource(longs = {45, 46, 64, 100, 256, 511, 768, 1000, 1536, 4096, 65536})
  void derivedMaxmemoryIsTheLargestWholeMiBThatFits(long limitMiB) {
    SizingInputs in = inputs(limitMiB, Optional.empty(), false, true, true, 2, DEFAULT_BACKLOG, ByteSize.ofMiB(96));
    ByteSize derived = MemorySizing.defaultMaxmemory(in);
    assertTrue(acceptable(in, derived), "derived maxmemory must fit, within the lint caps");
    assertTrue(!acceptable(in, derived.plus(ByteSize.ofMiB(1))), "one MiB more must not");
  }

  /** Fits the budget and draws no sizing warning. */
  private static boolean acceptable(SizingInputs in, ByteSize maxmemory) {
    return MemorySizing.budget(in, maxmemory).fitsLimit() && maxmemory.compareTo(MemorySizing.lintCap(in)) <= 0;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("budgets")
  void minimumLimitFitsAndOneMiBLessDoesNot(String name, SizingInputs in, ByteSize maxmemory, Expected expected) {
    ByteSize used = in.dataset().map(d -> MemorySizing.maxmemoryForDataset(in, d))
        .orElse(maxmemory == null ? MemorySizing.defaultMaxmemory(in) : maxmemory);
    ByteSize lowest = MemorySizing.minimumLimit(in, used);
    SizingInputs atLowest = withLimit(in, lowest);
    assertTrue(MemorySizing.budget(atLowest, used).fits() && acceptable(atLowest, used), "fits at "
        + lowest.kubernetes());
    SizingInputs below = withLimit(in, lowest.minus(ByteSize.ofMiB(1)));
    assertTrue(!acceptable(below, used), "one MiB below the minimum must not fit");
  }

  private static SizingInputs withLimit(SizingInputs in, ByteSize limit) {
    return new SizingInputs(limit, in.dataset(), in.writeHeavy(), in.rdb(), in.aof(), in.replicas(), in.backlog(),
        in.replicaSoftLimit(), in.warningPercent());
  }
}
