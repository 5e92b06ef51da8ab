package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleDef;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Deployment;

/** R15: `Parallel` is safe only because the generated bootstrap takes the master from a sentinel majority. */
@RuleDef(id = "RHC3013", slug = "parallel-pod-management", category = Category.TOPOLOGY, severity = Severity.INFO,
    summary = "`Parallel` pod management relies on the majority bootstrap", since = "0.1.0")
public final class ParallelPodManagementRule implements Rule {
  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (Deployment.inContainers(spec) && spec.kubernetes().podManagementPolicy().equals("Parallel")) {
      ctx.report(SpecPaths.spec("kubernetes.podManagementPolicy"),
          "Pods start in parallel; the init script decides the master from a majority of peer sentinels",
          "Keep the generated bootstrap: a static master choice under `Parallel` can start two masters.");
    }
  }
}
