package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.CpuQuantity;
import io.rhc.lint.facts.Deployment;

/** R30: a fork child beside the event loop under a sub-core CFS quota stalls Redis into false failovers. */
public final class CpuLimitForkRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2013", "cpu-limit-fork", Category.DATA_SAFETY, Severity.WARNING,
        "A forking data node has at least one core of CPU limit", "0.1.0");
  }

  private static final long ONE_CORE = 1000;

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!Deployment.inContainers(spec) || !spec.forkCapable()) {
      return;
    }
    spec.kubernetes().cpuLimit().filter(l -> CpuQuantity.millicores(l).map(m -> m < ONE_CORE).orElse(false))
        .ifPresent(limit -> ctx.report(SpecPaths.spec("kubernetes.cpu.limit"),
            "CPU limit " + limit + " leaves no room for the fork child next to the event loop",
            "Use at least 1 core, or a request without a CPU limit; CFS throttling makes Sentinel see missed"
                + " pings and fail over for nothing."));
  }
}
