package io.rhc.drill;

import io.rhc.model.Drill;
import io.rhc.units.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges a run: the objectives the spec declares in {@code spec.drill.objectives}, and the physics
 * every drill expects whatever the spec says — a failover scenario promotes a replica and serves
 * writes again, {@code master-new-ip} rejoins, {@code sentinel-majority-down} never promotes and
 * never routes writes to two servers.
 */
final class Objectives {
  private Objectives() {}

  static List<String> violations(Drill drill, RunResult r) {
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
    if (s == Scenario.SENTINEL_MAJORITY_DOWN && r.twoRoutable()) {
      found.add("HAProxy routed writes to two servers at once");
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
}
