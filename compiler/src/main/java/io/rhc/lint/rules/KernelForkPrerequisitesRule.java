package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Deployment;

/** R31: without `vm.overcommit_memory=1` a fork can fail with ENOMEM even when RAM is free. */
public final class KernelForkPrerequisitesRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2011", "kernel-fork-prerequisites", Category.DATA_SAFETY, Severity.INFO,
        "Hosts allow the fork that saves and full syncs need", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.forkCapable()) {
      ctx.report(SpecPaths.spec("persistence"),
          "Background saves and full syncs fork Redis; the host needs `vm.overcommit_memory=1`",
          Deployment.onHosts(spec)
              ? "Set `vm.overcommit_memory = 1` in /etc/sysctl.d on every Redis host."
              : "Set `vm.overcommit_memory=1` on the nodes; it is a node-level sysctl that a pod cannot set.");
    }
  }
}
