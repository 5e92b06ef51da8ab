package io.rhc.drill;

import io.rhc.model.Drill;
import io.rhc.model.Replication;
import io.rhc.units.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges a run: the objectives the spec declares in {@code spec.drill.objectives}, and the physics
 * every drill expects whatever the spec says — a failover scenario promotes a replica and serves
 * writes again, {@code master-new-ip} rejoins, no scenario splits writes between two masters,
 * {@code sentinel-majority-down} never promotes, and with {@code min-replicas-to-write} a partition
 * loses writes only on the isolated side and only within the replica-lag window.
 */
final class Objectives {
  /**
   * Redis counts replica lag in whole seconds and refreshes the count of good replicas once a second (2 s), and a
   * probe times a write when it reads the reply, up to half a second later on a loaded machine.
   */
  static final double LAG_CLOCK_SECONDS = 2.5;

  private Objectives() {}

  /** The run with its violations and, when it lost writes and still passed, what allowed that. */
  static RunResult judge(Drill drill, Replication replication, RunResult r) {
    List<String> found = violations(drill, replication, r);
    Optional<String> allowance = Optional.empty();
    if (found.isEmpty() && r.lost() > 0) {
      Scenario s = r.scenario();
      allowance = Optional.of(drill.lostWritesLimit(s.id())
          .map(limit -> "allowed: " + (drill.maxLostWrites().containsKey(s.id()) ? s.id() : Drill.DEFAULT_KEY)
              + " ≤ " + limit)
          .orElse("no objective limits lost writes"));
    }
    return r.withVerdict(found, allowance);
  }

  static List<String> violations(Drill drill, Replication replication, RunResult r) {
    List<String> found = new ArrayList<>();
    Scenario s = r.scenario();
    if (s.mustFailOver() && !r.promoted()) {
      found.add("no replica was promoted");
    }
    if (!r.recovered()) {
      found.add(s == Scenario.MASTER_NEW_IP ? "the cluster did not absorb the address change (the moved node "
          + "rejoins, no sentinel keeps its old address, and a second failover onto it succeeds)"
          : "writes did not resume");
    }
    if (s == Scenario.SENTINEL_MAJORITY_DOWN && r.promotedWithoutMajority()) {
      found.add("a replica was promoted while a majority of sentinels was down");
    }
    if (r.splitBrain().writes() > 0) {
      found.add(String.format(Locale.ROOT, "split brain: %d writes through HAProxy acknowledged by a superseded "
          + "master over %.2f s while its successor took writes", r.splitBrain().writes(), r.splitBrain().seconds()));
    }
    if (s == Scenario.PARTITION && replication.minReplicasToWrite() >= 1) {
      partitionBounds(replication, r, found);
    }
    drill.unavailabilityLimit(s.id()).ifPresent(limit -> {
      if (r.unavailability() > limit.toMillis() / 1000.0) {
        found.add(String.format(Locale.ROOT, "write unavailability %.2f s exceeds the objective %s",
            r.unavailability(), Durations.format(limit)));
      }
    });
    drill.lostWritesLimit(s.id()).ifPresent(limit -> {
      if (r.lost() > limit) {
        found.add(r.lost() + " acknowledged writes lost, the objective allows " + limit);
      }
    });
    return found;
  }

  /** {@code min-replicas-to-write} bounds what a partition can cost: nothing on the majority side, the lag on the other. */
  private static void partitionBounds(Replication replication, RunResult r, List<String> found) {
    if (r.lostThroughMajorityProxies() > 0) {
      found.add(r.lostThroughMajorityProxies() + " acknowledged writes through the majority side's HAProxies lost");
    }
    double bound = replication.minReplicasMaxLag().toMillis() / 1000.0 + LAG_CLOCK_SECONDS;
    for (ProbeResult p : r.isolatedSide()) {
      double window = p.isolated().orElseThrow().window();
      if (window > bound) {
        found.add(String.format(Locale.ROOT, "the isolated master acknowledged writes %s for %.2f s after the cut;"
            + " min-replicas-max-lag %s bounds that to %.1f s", p.name(), window,
            Durations.format(replication.minReplicasMaxLag()), bound));
      }
    }
  }
}
