package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleDef;
import io.rhc.lint.SpecPaths;
import io.rhc.lint.SpecSetRule;
import io.rhc.model.Spec;
import java.util.List;

/** R03: two clusters with one master group name get their sentinels merged. */
@RuleDef(id = "RHC1002", slug = "master-name-unique", category = Category.STRUCTURE, severity = Severity.ERROR,
    summary = "Sentinel master group name is unique across the specs linted together", since = "0.1.0")
public final class MasterNameUniqueRule implements SpecSetRule {
  @Override
  public void check(List<Spec> specs, int index, RuleContext ctx) {
    String name = specs.get(index).sentinel().masterName();
    for (Spec earlier : specs.subList(0, index)) {
      if (earlier.sentinel().masterName().equals(name)) {
        ctx.report(SpecPaths.spec("sentinel.masterName"),
            "Master group name `" + name + "` is also used by spec `" + earlier.name() + "`",
            "Give each cluster its own master group name, for example `" + specs.get(index).name() + "-main`.");
        return;
      }
    }
  }
}
