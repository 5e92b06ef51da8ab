package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Replication;
import io.rhc.model.Spec;
import io.rhc.units.Durations;
import java.time.Duration;

/**
 * A master cut off in a minority partition keeps acknowledging writes until it refuses them for want of
 * replicas; every one of them is discarded when the partition heals. For must-survive data that window must
 * close before the sentinels can promote another master: {@code min-replicas-to-write} at least 1 and
 * {@code min-replicas-max-lag} at most half the down-after (rhc's default when there are two replicas or more).
 */
public final class PartitionWriteBoundRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2014", "partition-write-bound", Category.DATA_SAFETY, Severity.WARNING,
        "A partitioned master stops taking must-survive writes within half the down-after", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.hasMustSurviveData() || spec.nodes().replicas() < 2) {
      return;
    }
    Replication r = spec.replication();
    Duration downAfter = spec.sentinel().downAfter();
    Duration half = Duration.ofSeconds(Math.max(1, downAfter.toSeconds() / 2));
    if (r.minReplicasToWrite() == 0) {
      ctx.report(SpecPaths.spec("replication.minReplicasToWrite"), "With `min-replicas-to-write 0` a master cut "
          + "off in a partition keeps acknowledging must-survive writes, and every one is lost when it rejoins",
          "Remove `minReplicasToWrite` (rhc then sets 1 with a lag of half the down-after) or set it to 1.");
    } else if (r.minReplicasMaxLag().compareTo(half) > 0) {
      ctx.report(SpecPaths.spec("replication.minReplicasMaxLag"), "`min-replicas-max-lag "
          + Durations.format(r.minReplicasMaxLag()) + "` lets a partitioned master acknowledge writes for that long, "
          + "more than half the down-after (" + Durations.format(downAfter) + ")",
          "Use at most `" + Durations.format(half) + "`, or remove `minReplicasMaxLag` to get that.");
    }
  }
}
