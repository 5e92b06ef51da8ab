package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.ByteSize;
import io.rhc.model.EvictionPolicy;
import io.rhc.model.Memory;
import io.rhc.model.MemoryBudget;
import io.rhc.model.Nodes;
import io.rhc.model.Origin;
import io.rhc.model.OutputBufferLimit;
import io.rhc.model.Persistence;
import io.rhc.model.Replication;
import io.rhc.path.SpecPath;
import io.rhc.resolve.sizing.BudgetReport;
import io.rhc.resolve.sizing.MemorySizing;
import io.rhc.resolve.sizing.SizingInputs;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** {@code spec.memory} and {@code spec.replication}, with maxmemory and the budget worked out. */
final class MemoryResolver {
  private static final SpecPath MEMORY = SPEC.at("memory");
  private static final SpecPath REPLICATION = SPEC.at("replication");
  private static final long MAX_DEFAULT_LAG_SECONDS = 10;

  private MemoryResolver() {}

  /**
   * With must-survive data and at least two replicas, a master cut off from every replica stops taking writes
   * ({@code min-replicas-to-write 1}) after half the down-after: sooner than the sentinels can promote another
   * node, so a partitioned master loses at most that window of writes. One replica is left at 0, where 1 would
   * stop every write while that replica restarts.
   */
  static Replication replication(SpecReader reader, Nodes nodes, Duration downAfter, boolean mustSurvive) {
    SpecPath buffer = REPLICATION.at("replicaOutputBuffer");
    boolean bound = mustSurvive && nodes.replicas() >= 2;
    int minReplicas = reader.readOr(REPLICATION.at("minReplicasToWrite"), JsonNode::asInt, () -> bound ? 1 : 0,
        bound ? "must-survive data with " + nodes.replicas() + " replicas: a master cut off from every replica stops "
            + "taking writes" : mustSurvive ? "one replica: requiring it would stop every write while it restarts"
            : "no data class must survive");
    Duration lag = reader.optionalDuration(REPLICATION.at("minReplicasMaxLag")).orElseGet(() -> {
      Duration half = Duration.ofSeconds(Math.max(1, Math.min(MAX_DEFAULT_LAG_SECONDS, downAfter.toSeconds() / 2)));
      reader.record(REPLICATION.at("minReplicasMaxLag"), Origin.derived("half of `sentinel.downAfter`, whole "
          + "seconds, 1s to " + MAX_DEFAULT_LAG_SECONDS + "s"));
      return half;
    });
    return new Replication(
        reader.size(REPLICATION.at("backlogSize")),
        new OutputBufferLimit(reader.size(buffer.at("hard")), reader.size(buffer.at("soft")),
            reader.integer(buffer.at("softSeconds"))),
        minReplicas, lag,
        reader.flag(REPLICATION.at("disklessSync")));
  }

  static ByteSize limit(SpecReader reader) {
    return reader.size(MEMORY.at("limit"));
  }

  static Memory memory(SpecReader reader, ByteSize limit, Nodes nodes, Replication replication,
      Persistence persistence, Diagnostics diagnostics) {
    ByteSize request = reader.optionalSize(MEMORY.at("request")).orElseGet(() -> {
      reader.record(MEMORY.at("request"), Origin.derived("equals `memory.limit` (Guaranteed QoS)"));
      return limit;
    });
    Optional<ByteSize> dataset = reader.optionalSize(MEMORY.at("dataset"));
    boolean writeHeavy = reader.flag(MEMORY.at("writeHeavy"));
    SizingInputs inputs = new SizingInputs(limit, dataset, writeHeavy,
        persistence.rdb().enabled() || persistence.replicaRdb().enabled(),
        persistence.aof().enabled() || persistence.replicaAof().enabled(),
        nodes.replicas(), replication.backlogSize(), replication.replicaOutputBuffer().soft(),
        reader.integer(SPEC.at("lint").at("thresholds").at("maxmemoryWarningPercent")));
    ByteSize maxmemory = maxmemory(reader, inputs);
    MemoryBudget budget = MemorySizing.budget(inputs, maxmemory);
    Memory memory = new Memory(limit, request, maxmemory, dataset,
        reader.read(MEMORY.at("policy"), node -> EvictionPolicy.fromId(node.asString())), writeHeavy,
        reader.size(MEMORY.at("sentinelLimit")), budget);
    check(reader, memory, inputs, diagnostics);
    return memory;
  }

  private static ByteSize maxmemory(SpecReader reader, SizingInputs inputs) {
    SpecPath at = MEMORY.at("maxmemory");
    Optional<String> written = reader.peek(at, JsonNode::asString);
    if (written.isPresent() && written.get().endsWith("%")) {
      String percent = written.get().substring(0, written.get().length() - 1);
      reader.record(at, Origin.derived("`" + written.get() + "` of `memory.limit`, floored to a whole MiB"));
      return MemorySizing.percentOfLimit(inputs.limit(), new BigDecimal(percent));
    }
    if (written.isPresent()) {
      return reader.size(at);
    }
    int f = MemorySizing.forkReservePercent(inputs);
    ByteSize room = MemorySizing.budgetRoom(inputs);
    ByteSize cap = MemorySizing.lintCap(inputs);
    if (room.compareTo(cap) <= 0) {
      reader.record(at, Origin.derived("memory budget: what the limit leaves after "
          + (f == 0 ? "" : f + "% fork reserve, ") + "buffers and process baseline"));
      return room;
    }
    boolean softLimitBinds = inputs.replicas() >= 1
        && cap.plus(inputs.replicaSoftLimit()).compareTo(inputs.limit()) >= 0;
    reader.record(at, Origin.derived(softLimitBinds
        ? "the limit minus the replica output buffer soft limit, which must fit above maxmemory (RHC2002)"
        : inputs.warningPercent() + "% of the limit, the most that leaves fork headroom (RHC2001)"));
    return cap;
  }

  private static void check(SpecReader reader, Memory memory, SizingInputs inputs, Diagnostics diagnostics) {
    if (memory.request().compareTo(memory.limit()) > 0) {
      diagnostics.add(Diagnostic.error("RHC0205", MEMORY.at("request"),
          "Memory request " + memory.request().human() + " is above the " + memory.limit().human() + " limit",
          "Remove `memory.request` so it equals the limit, or lower it below `memory.limit`.")
          .withDetail("Kubernetes rejects a container whose request exceeds its limit."));
    }
    boolean userMaxmemory = reader.inFile(MEMORY.at("maxmemory"));
    if (userMaxmemory && memory.maxmemory().isZero()) {
      diagnostics.add(Diagnostic.error("RHC0206", MEMORY.at("maxmemory"),
          "`maxmemory` resolves to 0, which Redis reads as no limit at all",
          "Give `memory.maxmemory` a size or a percentage that is at least 1 MiB of the limit, or remove it"
              + " to have it derived from the memory budget."));
      return;
    }
    if (memory.maxmemory().compareTo(memory.limit()) >= 0) {
      diagnostics.add(Diagnostic.error("RHC0206", MEMORY.at("maxmemory"),
          "`maxmemory` " + memory.maxmemory().human() + " is not below the " + memory.limit().human() + " limit",
          "Remove `memory.maxmemory` to have it derived from the memory budget ("
              + MemorySizing.defaultMaxmemory(inputs).redis() + " here), or set it below `memory.limit`.")
          .withDetail("Forks, replica buffers and the process itself need memory beyond the dataset; with no"
              + " room left the kernel kills Redis instead of Redis refusing writes."));
      return;
    }
    checkBudget(memory, inputs, userMaxmemory, diagnostics);
  }

  private static void checkBudget(Memory memory, SizingInputs inputs, boolean userMaxmemory,
      Diagnostics diagnostics) {
    MemoryBudget budget = memory.budget();
    ByteSize backlog = inputs.replicas() == 0 ? ByteSize.ofBytes(0) : inputs.backlog();
    // The least maxmemory that keeps any room for data: the backlog plus one MiB.
    ByteSize smallestUseful = backlog.plus(ByteSize.ofMiB(1));
    Diagnostic problem;
    if (!budget.fitsLimit()) {
      ByteSize lowest = MemorySizing.minimumLimit(inputs,
          userMaxmemory ? memory.maxmemory() : smallestUseful);
      problem = Diagnostic.error("RHC0207", MEMORY.at(userMaxmemory ? "maxmemory" : "limit"),
          "Memory budget of " + budget.total().human() + " per data node does not fit the "
              + budget.limit().human() + " limit",
          userMaxmemory
              ? "Lower `memory.maxmemory` to at most " + MemorySizing.defaultMaxmemory(inputs).redis()
                  + " (or remove it to get that), or raise `memory.limit` to at least " + lowest.kubernetes() + "."
              : "Raise `memory.limit` to at least " + lowest.kubernetes()
                  + "; the derived `maxmemory` grows with it.");
    } else if (budget.datasetCapacity().isZero()) {
      problem = Diagnostic.error("RHC0207", MEMORY.at(userMaxmemory ? "maxmemory" : "limit"),
          "`maxmemory` of " + memory.maxmemory().human() + " leaves no room for data"
              + (backlog.isZero() ? "" : " beside the " + backlog.human() + " replication backlog"),
          userMaxmemory
              ? "Raise `memory.maxmemory` to at least " + smallestUseful.redis() + " (more than the backlog), or"
                  + " lower `replication.backlogSize`."
              : "Raise `memory.limit` to at least " + MemorySizing.minimumLimit(inputs, smallestUseful).kubernetes()
                  + " for even 1 MiB of data; size it for your data and declare `memory.dataset`.");
    } else if (!budget.fitsDataset()) {
      problem = datasetProblem(memory, inputs, userMaxmemory);
    } else {
      return;
    }
    diagnostics.add(problem.withDetail(BudgetReport.table(budget)));
  }

  private static Diagnostic datasetProblem(Memory memory, SizingInputs inputs, boolean userMaxmemory) {
    MemoryBudget budget = memory.budget();
    ByteSize dataset = budget.dataset().orElseThrow();
    ByteSize wanted = MemorySizing.maxmemoryForDataset(inputs, dataset);
    ByteSize lowest = MemorySizing.minimumLimit(inputs, wanted);
    String hint;
    if (lowest.compareTo(memory.limit()) <= 0) {
      hint = "Raise `memory.maxmemory` to at least " + wanted.redis() + "; the " + memory.limit().kubernetes()
          + " limit has room for it.";
    } else {
      hint = "Raise `memory.limit` to at least " + lowest.kubernetes()
          + (userMaxmemory ? " and `memory.maxmemory` to " + wanted.redis() : " (`maxmemory` is derived from it)")
          + ", or declare a smaller `memory.dataset`.";
    }
    return Diagnostic.error("RHC0207", MEMORY.at("dataset"),
        "Dataset of " + dataset.human() + " does not fit: " + (inputs.replicas() == 0
            ? "maxmemory is " + memory.maxmemory().human()
            : "maxmemory " + memory.maxmemory().human() + " minus the " + inputs.backlog().human()
                + " replication backlog leaves " + budget.datasetCapacity().human()), hint);
  }
}
