package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/**
 * R39 (beyond): the generated HAProxy routes to a node only while a sentinel majority names it, and
 * that check compares host names; with sentinels in IP mode it cannot be generated.
 */
public final class HaproxySplitBrainGuardRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4007", "haproxy-split-brain-guard", Category.NETWORKING, Severity.WARNING,
        "HAProxy routes only to the master a sentinel majority names", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.proxy().enabled() || spec.sentinel().hostnameMode()) {
      return;
    }
    String field = spec.sentinel().announceHostnames() ? "sentinel.resolveHostnames" : "sentinel.announceHostnames";
    ctx.report(SpecPaths.spec(field), "HAProxy cannot check which node the sentinels name: they answer with IP"
            + " addresses, so writes go to whichever node reports role:master",
        "Keep `resolveHostnames` and `announceHostnames` true; the generated HAProxy then routes only to the"
            + " node at least a majority of sentinels name as master, and never to two at once.");
  }
}
