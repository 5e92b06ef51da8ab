package io.rhc.target.compose;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.time.Duration;

/**
 * A master that persists nothing must not be restarted before the sentinels have failed over: it
 * would come back empty, still be taken for the master, and its replicas would resync from it and
 * drop everything (measured: all data lost on a restart after 0.5 s). Compose's {@code restart:}
 * has no delay, so the delay lives in rhc-run.sh and must cover down-after + failover-timeout.
 */
final class ComposeRestartRule {
  static final String CODE = "RHC5180";

  private ComposeRestartRule() {}

  static void check(Spec spec, Diagnostics diagnostics) {
    if (!spec.persistence().masterNone() || spec.compose().restart().equals("no")) {
      return;
    }
    Duration needed = spec.sentinel().downAfter().plus(spec.sentinel().failoverTimeout());
    Duration delay = spec.compose().restartDelay().orElse(Duration.ZERO);
    if (delay.compareTo(needed) >= 0) {
      return;
    }
    SpecPath at = SpecPath.parse("spec.compose").at(spec.compose().restartDelay().isPresent() ? "restartDelay" : "restart");
    diagnostics.add(Diagnostic.error(CODE, at,
        "Data nodes without persistence restart (`" + spec.compose().restart() + "`) "
            + (delay.isZero() ? "without a delay" : "after only " + ComposeUnits.duration(delay))
            + ", before the sentinels can fail over",
        "Set `compose.restartDelay` to at least " + ComposeUnits.duration(needed)
            + " (down-after + failover-timeout), set `compose.restart: \"no\"`, or turn on persistence.")
        .withDetail("A master that returns empty before the failover is still taken for the master,"
            + " and its replicas resync from it: every key is lost."));
  }
}
