package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleDef;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.Node;

/** R17: `replica-priority 0` means never promote; with every replica at 0 nothing can take over. */
@RuleDef(id = "RHC3010", slug = "replica-promotable", category = Category.TOPOLOGY, severity = Severity.ERROR,
    summary = "At least one replica can be promoted", since = "0.1.0")
public final class ReplicaPromotableRule implements Rule {
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
