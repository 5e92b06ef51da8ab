package io.rhc.drill;

import java.util.List;
import java.util.Optional;

/**
 * The measurements of one run of one scenario.
 *
 * @param unavailability longest stretch without an acknowledged write seen by the main probe client, seconds
 * @param promotedWithoutMajority whether a replica was promoted while a majority of sentinels was down
 * @param promotion seconds from the fault (a graceful stop: from its failover request) to the first
 *     {@code +switch-master}, when there was one
 * @param probes every write client: one through each HAProxy, plus the isolated side's clients of a partition
 * @param splitBrain writes a superseded master acknowledged through HAProxy while its successor took writes
 * @param twoRoutable whether two servers reporting {@code role:master} were routable at one instant (a stale proxy
 *     can point at a paused or demoted master that refuses the write: only {@code splitBrain} says writes split)
 * @param maxMasters most data nodes claiming the master role at one instant
 * @param recovered whether writes were acknowledged again (and, for master-new-ip, the node rejoined)
 * @param electionRetried whether the sentinels split their votes and the promotion waited for a second election
 * @param violations broken objectives and expectations; empty when the run passed
 * @param allowance when the run lost acknowledged writes and still passed: what allowed it
 * @param error why the run could not finish, if it could not
 */
record RunResult(Scenario scenario, int run, String oldMaster, String newMaster, boolean promoted,
    boolean promotedWithoutMajority, double unavailability, Optional<Double> promotion, List<ProbeResult> probes,
    SplitBrain splitBrain, boolean twoRoutable, int maxMasters, boolean recovered, boolean electionRetried,
    List<String> notes,
    List<String> violations, Optional<String> allowance, Optional<String> error, Timeline timeline) {

  RunResult {
    probes = List.copyOf(probes);
    notes = List.copyOf(notes);
    violations = List.copyOf(violations);
  }

  /** A run that could not finish: no measurements, only why. */
  static RunResult failed(Scenario scenario, int run, String why) {
    return new RunResult(scenario, run, "", "", false, false, 0, Optional.empty(), List.of(), SplitBrain.NONE, false,
        0, false, false, List.of(), List.of(), Optional.empty(), Optional.of(why), new Timeline(0, List.of(),
        java.util.Map.of(), java.util.Map.of(), List.of(), List.of()));
  }

  boolean passed() {
    return violations.isEmpty() && error.isEmpty();
  }

  /** Acknowledged writes, every client. */
  int acked() {
    return probes.stream().mapToInt(ProbeResult::acked).sum();
  }

  /** Acknowledged writes missing from the final master, every client. */
  int lost() {
    return probes.stream().mapToInt(ProbeResult::lost).sum();
  }

  /** Lost writes that went through an HAProxy on the side that kept (or regained) a sentinel majority. */
  int lostThroughMajorityProxies() {
    return probes.stream().filter(p -> p.throughProxy() && !p.isolatedSide()).mapToInt(ProbeResult::lost).sum();
  }

  /** Writes the isolated side's clients had acknowledged after a partition cut it off. */
  List<ProbeResult> isolatedSide() {
    return probes.stream().filter(ProbeResult::isolatedSide).toList();
  }

  RunResult withVerdict(List<String> found, Optional<String> allowed) {
    return new RunResult(scenario, run, oldMaster, newMaster, promoted, promotedWithoutMajority, unavailability,
        promotion, probes, splitBrain, twoRoutable, maxMasters, recovered, electionRetried, notes, found, allowed, error, timeline);
  }

  /** "pass", "FAIL", "ERROR", or "pass, 116 lost (allowed: partition ≤ 200)". */
  String verdict() {
    if (error.isPresent()) {
      return "ERROR";
    }
    if (!passed()) {
      return "FAIL";
    }
    return lost() == 0 ? "pass" : "pass, " + lost() + " lost (" + allowance.orElse("not limited") + ")";
  }
}
