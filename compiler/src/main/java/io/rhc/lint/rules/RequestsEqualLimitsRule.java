package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Deployment;

/** R29: Guaranteed QoS keeps node pressure from evicting or OOM-killing Redis first (the seed fix). */
public final class RequestsEqualLimitsRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2004", "requests-equal-limits", Category.DATA_SAFETY, Severity.WARNING,
        "Data node memory request equals the memory limit", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (Deployment.inContainers(spec) && spec.memory().request().compareTo(spec.memory().limit()) < 0) {
      ctx.report(SpecPaths.spec("memory.request"),
          "Memory request " + spec.memory().request().kubernetes() + " is below the limit "
              + spec.memory().limit().kubernetes(),
          "Set the request equal to the limit (Guaranteed QoS) so node pressure does not evict Redis first.");
    }
  }
}
