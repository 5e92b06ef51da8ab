package io.rhc.drill;

import java.util.Optional;

/**
 * What one write client saw in a run.
 *
 * @param name where it wrote, for example "via haproxy on redis-2.lxd" or "direct to redis-1.lxd"
 * @param throughProxy whether it wrote through an HAProxy write endpoint
 * @param acked acknowledged writes
 * @param lost acknowledged writes missing from the final master
 * @param isolated for a client on the isolated host of a partition: what the isolated master took from it
 */
record ProbeResult(String name, boolean throughProxy, int acked, int lost, Optional<IsolatedWrites> isolated) {

  /**
   * @param window seconds from the cut to the last write the isolated master acknowledged before the heal
   * @param afterHeal writes the isolated master still acknowledged after the heal, until it was demoted: the
   *     acknowledgements its replicas queued during the partition arrive at once and reopen its min-replicas guard
   */
  record IsolatedWrites(double window, int afterHeal) {}

  boolean isolatedSide() {
    return isolated.isPresent();
  }
}
