package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** R03: sentinels that see each other merge master sets of the same name; `mymaster` is everybody's. */
public final class MasterNameNotDefaultRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC1001", "master-name-not-default", Category.STRUCTURE, Severity.WARNING,
        "Sentinel master group name is not the generic `mymaster`", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.sentinel().masterName().equals("mymaster")) {
      ctx.report(SpecPaths.spec("sentinel.masterName"),
          "Master group name `mymaster` is the default every other deployment uses",
          "Use a cluster-unique name such as `" + spec.name() + "-main`.");
    }
  }
}
