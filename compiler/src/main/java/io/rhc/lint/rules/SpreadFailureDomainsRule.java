package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.Spread;

/** R04: sentinels and proxies in one failure domain fail together. */
public final class SpreadFailureDomainsRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3012", "spread-failure-domains", Category.TOPOLOGY, Severity.WARNING,
        "Instances spread across failure domains and the proxy is redundant", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.placement().spread() == Spread.NONE && spec.nodes().count() >= 2) {
      ctx.report(SpecPaths.spec("placement.spread"), "Data nodes and sentinels may all land in one failure domain",
          "Set `placement.spread: node` (or `zone`) so one host failure cannot take a sentinel majority.");
    }
    if (spec.proxy().enabled() && spec.proxy().replicas() < 2) {
      ctx.report(SpecPaths.spec("proxy.replicas"), "A single HAProxy is the single point of failure of the cluster",
          "Run at least 2 proxy replicas.");
    }
  }
}
