package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.lint.SpecSetRule;
import io.rhc.model.Spec;
import java.util.List;

/** R03: two clusters with one master group name get their sentinels merged. */
public final class MasterNameUniqueRule implements SpecSetRule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC1002", "master-name-unique", Category.STRUCTURE, Severity.ERROR,
        "Sentinel master group name is unique across the specs linted together", "0.1.0");
  }

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
