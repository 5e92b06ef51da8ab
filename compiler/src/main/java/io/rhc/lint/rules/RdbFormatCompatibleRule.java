package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.lint.facts.RdbFormats;
import io.rhc.model.Node;
import io.rhc.model.Spec;
import java.util.OptionalInt;

/** R32: an older replica cannot load the newer master's snapshot and loops on full sync. */
public final class RdbFormatCompatibleRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC1004", "rdb-format-compatible", Category.STRUCTURE, Severity.ERROR,
        "Every data node writes the same RDB format version", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Node first = spec.nodes().list().get(0);
    OptionalInt firstFormat = RdbFormats.of(first.engine(), first.version());
    for (Node node : spec.nodes().list()) {
      OptionalInt format = RdbFormats.of(node.engine(), node.version());
      if (!format.equals(firstFormat) && format.isPresent() && firstFormat.isPresent()) {
        ctx.report(SpecPaths.spec("nodes.overrides"),
            "Node " + node.index() + " (" + node.version() + ") writes RDB format " + format.getAsInt()
                + " but node " + first.index() + " (" + first.version() + ") writes " + firstFormat.getAsInt(),
            "Run one engine version in the group; an older node refuses the newer snapshot"
                + " (\"Can't handle RDB format version\") and loops on full sync after a failover.");
        return;
      }
    }
  }
}
