package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** R17: resyncing every replica at once leaves no readable replica and piles buffers on the new master. */
public final class ParallelSyncsRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3009", "parallel-syncs", Category.TOPOLOGY, Severity.WARNING,
        "Replicas resync one at a time after a failover", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    int replicas = spec.nodes().replicas();
    int parallel = spec.sentinel().parallelSyncs();
    if (replicas > 1 && parallel >= replicas) {
      ctx.report(SpecPaths.spec("sentinel.parallelSyncs"),
          "`parallel-syncs " + parallel + "` resyncs all " + replicas + " replicas at once after a failover",
          "Use `parallelSyncs: 1`.");
    }
  }
}
