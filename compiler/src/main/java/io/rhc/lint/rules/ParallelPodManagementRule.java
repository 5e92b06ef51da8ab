package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Deployment;

/** R15: `Parallel` is safe only because the generated bootstrap takes the master from a sentinel majority. */
public final class ParallelPodManagementRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3013", "parallel-pod-management", Category.TOPOLOGY, Severity.INFO,
        "`Parallel` pod management relies on the majority bootstrap", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (Deployment.inContainers(spec) && spec.kubernetes().podManagementPolicy().equals("Parallel")) {
      ctx.report(SpecPaths.spec("kubernetes.podManagementPolicy"),
          "Pods start in parallel; the init script decides the master from a majority of peer sentinels",
          "Keep the generated bootstrap: a static master choice under `Parallel` can start two masters.");
    }
  }
}
