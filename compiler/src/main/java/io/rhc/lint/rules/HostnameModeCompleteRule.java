package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleDef;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** R07 (seed): without both directives Sentinel stores pod IPs that go stale after restarts. */
@RuleDef(id = "RHC3003", slug = "hostname-mode-complete", category = Category.TOPOLOGY, severity = Severity.ERROR,
    summary = "Sentinel both resolves and announces hostnames", since = "0.1.0")
public final class HostnameModeCompleteRule implements Rule {
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
