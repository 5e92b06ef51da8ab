package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Replication;
import io.rhc.model.Spec;

/** R22: more required replicas than exist rejects every write; exactly as many blocks writes on any restart. */
public final class MinReplicasToWriteRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2010", "min-replicas-to-write", Category.DATA_SAFETY, Severity.ERROR,
        "`min-replicas-to-write` fits the replica count", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Replication r = spec.replication();
    int m = r.minReplicasToWrite();
    int replicas = spec.nodes().replicas();
    var path = SpecPaths.spec("replication.minReplicasToWrite");
    if (m > replicas) {
      ctx.report(path, "`min-replicas-to-write " + m + "` exceeds the " + replicas + " replicas: every write fails",
          "Use at most " + Math.max(0, replicas - 1) + ".");
    } else if (m == replicas && m >= 1) {
      ctx.report(Severity.WARNING, path, "`min-replicas-to-write " + m + "` equals the replica count",
          "Use " + (replicas - 1) + ": any replica restart, including a rolling update, makes the master reject"
              + " every write (NOREPLICAS).");
    }
  }
}
