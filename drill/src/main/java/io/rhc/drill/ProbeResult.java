package io.rhc.drill;

import java.util.Optional;

/**
 * What one write client saw in a run.
 *
 * @param name where it wrote, for example "via haproxy on redis-2.lxd" or "direct to redis-1.lxd"
 * @param throughProxy whether it wrote through an HAProxy write endpoint
 * @param isolatedSide whether it ran on the isolated host of a partition
 * @param acked acknowledged writes
 * @param lost acknowledged writes missing from the final master
 * @param window for an isolated-side client: seconds from the cut to the last write acknowledged after it
 */
record ProbeResult(String name, boolean throughProxy, boolean isolatedSide, int acked, int lost,
    Optional<Double> window) {}
