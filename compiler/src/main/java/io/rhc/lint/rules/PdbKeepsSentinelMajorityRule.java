package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Deployment;
import io.rhc.model.Proxy;
import io.rhc.model.Sentinel;

/**
 * R06: the Kubernetes target gives data pods a PDB of `maxUnavailable = count - need` (capped at 1).
 * When no sentinel can be spared that budget is 0 and drains block forever; so does a proxy PDB
 * whose `minAvailable` equals its replicas.
 */
public final class PdbKeepsSentinelMajorityRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3011", "pdb-keeps-sentinel-majority", Category.TOPOLOGY, Severity.WARNING,
        "Disruption budgets keep a sentinel majority and still allow drains", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!Deployment.inContainers(spec)) {
      return;
    }
    Sentinel s = spec.sentinel();
    if (s.count() - s.need() < 1) {
      ctx.report(SpecPaths.spec("sentinel.quorum"),
          "No sentinel can be lost while failover stays possible, so the disruption budget allows 0 pods down",
          "Use 3 sentinels with quorum 2 (or 5 with quorum 3): node drains otherwise block forever.");
    }
    Proxy proxy = spec.proxy();
    if (proxy.enabled() && proxy.replicas() >= 1 && proxy.minAvailable() >= proxy.replicas()) {
      ctx.report(SpecPaths.spec("proxy.minAvailable"),
          "Proxy `minAvailable " + proxy.minAvailable() + "` equals its " + proxy.replicas() + " replicas",
          "Set `minAvailable` below `replicas` so a node drain can evict a proxy.");
    }
  }
}
