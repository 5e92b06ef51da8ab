package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.DataClass;
import io.rhc.model.EvictionPolicy;

/** R20 (seed): evicting queue keys loses jobs; `volatile-*` evicts the TTL'd locks and markers. */
public final class QueueNoevictionRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2005", "queue-noeviction", Category.DATA_SAFETY, Severity.ERROR,
        "Queue and must-survive data run under `noeviction`", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    EvictionPolicy policy = spec.memory().policy();
    if (policy == EvictionPolicy.NOEVICTION) {
      return;
    }
    spec.dataClasses().stream().filter(c -> c.isQueue() || c.mustSurvive()).findFirst().ifPresent(c ->
        ctx.report(SpecPaths.spec("memory.policy"),
            "`maxmemory-policy " + policy.id() + "` can evict " + describe(c),
            "Set `memory.policy: noeviction`; `volatile-*` is not safe either, because queue libraries keep"
                + " keys with a TTL (job locks, markers). Put caches in a separate cluster."));
  }

  private static String describe(DataClass c) {
    return c.library().map(l -> l.id() + " queue").orElse(c.isQueue() ? "queue" : "must-survive")
        + " data `" + c.name() + "`";
  }
}
