package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.ByteSize;
import io.rhc.model.Memory;
import io.rhc.model.OutputBufferLimit;

/** R28: replica output buffers are not counted against maxmemory; the limit must absorb them. */
public final class ReplicationBufferHeadroomRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2002", "replication-buffer-headroom", Category.DATA_SAFETY, Severity.WARNING,
        "The memory limit leaves room for replica output buffers above maxmemory", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.nodes().replicas() < 1) {
      return;
    }
    Memory memory = spec.memory();
    ByteSize headroom = memory.limit().minus(memory.maxmemory());
    OutputBufferLimit buffer = spec.replication().replicaOutputBuffer();
    String summary = "Only " + headroom.human() + " between maxmemory and the memory limit for replica output buffers";
    String hint = "Lower maxmemory or raise the limit so that the replica buffer hard limit ("
        + buffer.hard() + ") fits above maxmemory; those buffers are not counted against maxmemory.";
    if (headroom.compareTo(buffer.soft()) < 0) {
      ctx.report(SpecPaths.spec("memory.maxmemory"), summary + " (soft limit " + buffer.soft() + ")", hint);
    } else if (headroom.compareTo(buffer.hard()) < 0) {
      ctx.report(Severity.INFO, SpecPaths.spec("memory.maxmemory"),
          summary + " (hard limit " + buffer.hard() + ")", hint);
    }
  }
}
