package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Deployment;

/**
 * R23: a master without persistence that restarts before Sentinel notices comes back empty, and its
 * replicas resync from it and wipe their copies.
 */
public final class PersistenceOffAutorestartRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2007", "persistence-off-autorestart", Category.DATA_SAFETY, Severity.WARNING,
        "A master without persistence is not restarted automatically", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.persistence().masterNone() || spec.nodes().replicas() < 1 || !Deployment.restartsBeforeFailover(spec)) {
      return;
    }
    Severity severity = spec.hasMustSurviveData() ? Severity.ERROR : Severity.WARNING;
    ctx.report(severity, SpecPaths.spec("persistence"),
        "The master persists nothing and restarts automatically: it can come back empty and wipe its replicas",
        Deployment.onHosts(spec)
            ? "Enable RDB or AOF, or set `systemd.restart: \"no\"` or a `restartDelay` longer than down-after"
                + " plus failover-timeout."
            : "Enable RDB or AOF; Kubernetes always restarts a crashed pod.");
  }
}
