package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleDef;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** R03: sentinels that see each other merge master sets of the same name; `mymaster` is everybody's. */
@RuleDef(id = "RHC1001", slug = "master-name-not-default", category = Category.STRUCTURE,
    severity = Severity.WARNING, summary = "Sentinel master group name is not the generic `mymaster`", since = "0.1.0")
public final class MasterNameNotDefaultRule implements Rule {
  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.sentinel().masterName().equals("mymaster")) {
      ctx.report(SpecPaths.spec("sentinel.masterName"),
          "Master group name `mymaster` is the default every other deployment uses",
          "Use a cluster-unique name such as `" + spec.name() + "-main`.");
    }
  }
}
