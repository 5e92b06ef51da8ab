package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Show;
import java.time.Duration;

/** R16 (seed policy): at 1000 ms a healthy new master was failed over again and acknowledged writes were lost. */
public final class DownAfterFloorRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3007", "down-after-floor", Category.TOPOLOGY, Severity.ERROR,
        "Sentinel down-after is not below the safe floor", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Duration downAfter = spec.sentinel().downAfter();
    Duration floor = ctx.thresholds().minDownAfter();
    if (downAfter.compareTo(floor) < 0) {
      ctx.report(SpecPaths.spec("sentinel.downAfter"),
          "down-after " + Show.duration(downAfter) + " is below the " + Show.duration(floor) + " floor",
          "Use at least " + Show.duration(floor) + ": at 1000 ms a healthy new master was failed over again and"
              + " acknowledged writes were lost.");
    }
  }
}
