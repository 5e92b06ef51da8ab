package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** R01 (seed): an even count adds a voter without tolerating one more failure; fewer than 3 cannot fail over. */
public final class SentinelOddCountRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3001", "sentinel-odd-count", Category.TOPOLOGY, Severity.ERROR,
        "Sentinel count is odd and at least 3", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    int count = spec.sentinel().count();
    if (count < 3 || count % 2 == 0) {
      ctx.report(SpecPaths.spec("sentinel.count"), "Sentinel count is " + count,
          "Use an odd number of at least 3 (3 or 5): an even count tolerates no more failures, and with fewer"
              + " than 3 losing one host makes failover impossible.");
    }
  }
}
