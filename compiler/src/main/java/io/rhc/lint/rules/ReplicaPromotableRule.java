package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.Node;

/** R17: `replica-priority 0` means never promote; with every replica at 0 nothing can take over. */
public final class ReplicaPromotableRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3010", "replica-promotable", Category.TOPOLOGY, Severity.ERROR,
        "At least one replica can be promoted", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    var replicas = spec.nodes().list().stream().filter(n -> n.index() != 0).toList();
    if (!replicas.isEmpty() && replicas.stream().allMatch(n -> n.replicaPriority() == 0)) {
      boolean uniform = spec.nodes().list().stream().map(Node::replicaPriority).distinct().count() == 1;
      ctx.report(SpecPaths.spec(uniform ? "nodes.replicaPriority" : "nodes.overrides"),
          "Every replica has `replica-priority 0`: Sentinel can promote none of them",
          "Give the replicas a non-zero priority (the default is 100).");
    }
  }
}
