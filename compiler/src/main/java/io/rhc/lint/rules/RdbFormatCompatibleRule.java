package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.lint.facts.RdbFormats;
import io.rhc.lint.facts.RunningEngine;
import io.rhc.model.Node;
import io.rhc.model.Spec;
import java.util.OptionalInt;

/**
 * R32: an older replica cannot load the newer master's snapshot and loops on full sync. Each node's format is
 * that of the engine and version its image runs (its own engine type: a Valkey replica of a Redis master writes
 * Valkey's format).
 */
public final class RdbFormatCompatibleRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC1004", "rdb-format-compatible", Category.STRUCTURE, Severity.ERROR,
        "Every data node writes the same RDB format version", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Node first = spec.nodes().list().get(0);
    RunningEngine firstRuns = RunningEngine.of(first.image(), first.engine(), first.version());
    OptionalInt firstFormat = RdbFormats.of(firstRuns.type(), firstRuns.version());
    for (Node node : spec.nodes().list()) {
      RunningEngine runs = RunningEngine.of(node.image(), node.engine(), node.version());
      OptionalInt format = RdbFormats.of(runs.type(), runs.version());
      if (!format.equals(firstFormat) && format.isPresent() && firstFormat.isPresent()) {
        ctx.report(SpecPaths.node(node, "image"),
            "Node " + node.index() + " (" + runs.describe() + ") writes RDB format " + format.getAsInt()
                + " but node " + first.index() + " (" + firstRuns.describe() + ") writes " + firstFormat.getAsInt(),
            "Run one engine version in the group; an older node refuses the newer snapshot"
                + " (\"Can't handle RDB format version\") and loops on full sync after a failover.");
        return;
      }
    }
  }
}
