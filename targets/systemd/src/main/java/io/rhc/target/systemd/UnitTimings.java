package io.rhc.target.systemd;

import io.rhc.model.ByteSize;
import io.rhc.model.Spec;
import java.time.Duration;

/** Start, stop and restart timings of the units, derived from the spec. */
record UnitTimings(long startSeconds, long stopTimeoutSeconds, long stopSeconds, Duration restartDelay) {
  /** RHC_STOP_TIMEOUT: how long rhc-prestop.sh may take to hand the master role over. */
  static final long HAND_OVER_SECONDS = 30;
  /** Base start budget: rhc-init.sh discovery rounds plus the server start itself. */
  static final long BASE_START_SECONDS = 90;

  static UnitTimings of(Spec spec) {
    long load = BASE_START_SECONDS + ceilDiv(spec.memory().maxmemory().bytes(), 100 * ByteSize.MIB);
    Duration restart = spec.systemd().orElseThrow().restartDelay().orElse(safeRestartDelay(spec));
    // the stop budget covers the hand-over, then a final save as long as a load
    return new UnitTimings(load, HAND_OVER_SECONDS, HAND_OVER_SECONDS + load, restart);
  }

  /**
   * A restarted node must find the failover finished, so it rejoins as a replica: a master without
   * persistence that came back sooner would return empty and its replicas would resync from it.
   */
  static Duration safeRestartDelay(Spec spec) {
    return spec.sentinel().downAfter().plus(spec.sentinel().failoverTimeout());
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
