package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.Replication;

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
    } else if (m == 0 && spec.hasMustSurviveData() && replicas >= 1) {
      ctx.report(Severity.INFO, path,
          "A master cut off in a minority partition keeps accepting writes that are lost when it rejoins",
          "Set `minReplicasToWrite: 1` with `minReplicasMaxLag` at most down-after to bound the loss.");
    } else if (m >= 1 && r.minReplicasMaxLag().compareTo(spec.sentinel().downAfter()) > 0) {
      ctx.report(Severity.INFO, SpecPaths.spec("replication.minReplicasMaxLag"),
          "`min-replicas-max-lag` is longer than down-after, so the write-loss window is the lag",
          "Keep `minReplicasMaxLag` at or below `sentinel.downAfter`.");
    }
  }
}
