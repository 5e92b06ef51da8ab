package io.rhc.drill;

import java.util.List;
import java.util.Optional;

/**
 * The measurements of one run of one scenario.
 *
 * @param unavailability longest stretch without an acknowledged write seen by the probe client, seconds
 * @param promotedWithoutMajority whether a replica was promoted while a majority of sentinels was down
 * @param promotion seconds from the fault to the first {@code +switch-master}, when there was one
 * @param acked acknowledged writes (probe through HAProxy, plus the isolated client of a partition)
 * @param lost acknowledged writes missing from the final master
 * @param isolatedAccepted writes the isolated master acknowledged that began after a partition cut it off
 * @param twoRoutable whether HAProxy ever routed writes to two servers at once
 * @param maxMasters most data nodes claiming the master role at one instant
 * @param recovered whether writes were acknowledged again (and, for master-new-ip, the node rejoined)
 * @param violations broken objectives and expectations; empty when the run passed
 * @param error why the run could not finish, if it could not
 */
record RunResult(Scenario scenario, int run, String oldMaster, String newMaster, boolean promoted,
    boolean promotedWithoutMajority, double unavailability, Optional<Double> promotion, int acked, int lost,
    int isolatedAccepted, boolean twoRoutable, int maxMasters, boolean recovered, List<String> notes, List<String> violations,
    Optional<String> error, Timeline timeline) {

  RunResult {
    notes = List.copyOf(notes);
    violations = List.copyOf(violations);
  }

  /** A run that could not finish: no measurements, only why. */
  static RunResult failed(Scenario scenario, int run, String why) {
    return new RunResult(scenario, run, "", "", false, false, 0, Optional.empty(), 0, 0, 0, false, 0, false,
        List.of(), List.of(), Optional.of(why), new Timeline(0, List.of(), java.util.Map.of(), java.util.Map.of(),
        List.of(), List.of()));
  }

  boolean passed() {
    return violations.isEmpty() && error.isEmpty();
  }

  RunResult withViolations(List<String> found) {
    return new RunResult(scenario, run, oldMaster, newMaster, promoted, promotedWithoutMajority, unavailability,
        promotion, acked, lost, isolatedAccepted, twoRoutable, maxMasters, recovered, notes, found, error, timeline);
  }
}
