package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** R07 (seed): without both directives Sentinel stores pod IPs that go stale after restarts. */
public final class HostnameModeCompleteRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3003", "hostname-mode-complete", Category.TOPOLOGY, Severity.ERROR,
        "Sentinel both resolves and announces hostnames", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    String hint = "Keep `resolveHostnames` and `announceHostnames` true: with IPs, Sentinel stores addresses that"
        + " go stale when a pod or host restarts, and failover breaks.";
    if (!spec.sentinel().resolveHostnames()) {
      ctx.report(SpecPaths.spec("sentinel.resolveHostnames"), "`sentinel resolve-hostnames` is off", hint);
    }
    if (!spec.sentinel().announceHostnames()) {
      ctx.report(SpecPaths.spec("sentinel.announceHostnames"), "`sentinel announce-hostnames` is off", hint);
    }
  }
}
