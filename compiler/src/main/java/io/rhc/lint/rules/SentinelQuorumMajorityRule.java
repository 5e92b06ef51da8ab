package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** R02 (seed): the quorum only starts a failover; a majority must authorise it. */
public final class SentinelQuorumMajorityRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3002", "sentinel-quorum-majority", Category.TOPOLOGY, Severity.ERROR,
        "Quorum is at least a majority of the sentinels and at most their count", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    int count = spec.sentinel().count();
    int quorum = spec.sentinel().quorum();
    int majority = spec.sentinel().majority();
    var path = SpecPaths.spec("sentinel.quorum");
    String hint = "Set the quorum to " + majority + " for " + count + " sentinels.";
    // a quorum above the count never gets here: the resolver refuses it (RHC0202)
    if (quorum < majority) {
      ctx.report(path, "Quorum " + quorum + " is below the majority " + majority + " of " + count + " sentinels", hint);
    } else if (quorum == count && count > 1) {
      ctx.report(Severity.WARNING, path, "Quorum " + quorum + " needs every sentinel: one sentinel outage disables failover",
          hint);
    }
  }
}
