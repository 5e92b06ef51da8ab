package io.rhc.lint.facts;

import io.rhc.model.Spec;
import java.time.Duration;

/**
 * What the spec says about where it runs. A spec is target-neutral; a {@code systemd} section with
 * hosts marks a host deployment, anything else may go to Kubernetes or compose, so container rules apply.
 */
public final class Deployment {
  private Deployment() {}

  public static boolean onHosts(Spec spec) {
    return spec.systemd().isPresent();
  }

  public static boolean inContainers(Spec spec) {
    return !onHosts(spec);
  }

  /**
   * Whether a crashed data node comes back on its own before Sentinel has failed it over. Kubernetes
   * always restarts pods; systemd per {@code Restart=}, unless the restart delay outlasts detection
   * plus failover.
   */
  public static boolean restartsBeforeFailover(Spec spec) {
    if (inContainers(spec)) {
      return true;
    }
    var systemd = spec.systemd().orElseThrow();
    if (systemd.restart().equals("no")) {
      return false;
    }
    Duration failoverDone = spec.sentinel().downAfter().plus(spec.sentinel().failoverTimeout());
    return systemd.restartDelay().map(d -> d.compareTo(failoverDone) < 0).orElse(true);
  }
}
