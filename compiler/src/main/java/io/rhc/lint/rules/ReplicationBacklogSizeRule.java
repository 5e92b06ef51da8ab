package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.ByteSize;
import io.rhc.model.Replication;

/** R28: a tiny backlog turns every pod restart into a full resync: a fork and a copy-on-write spike. */
public final class ReplicationBacklogSizeRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2003", "replication-backlog-size", Category.DATA_SAFETY, Severity.WARNING,
        "The replication backlog is large enough for a restart to resume with PSYNC", "0.1.0");
  }

  private static final ByteSize REDIS_DEFAULT = ByteSize.ofMiB(1);
  private static final ByteSize LARGE_DATASET = ByteSize.ofMiB(256);

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.nodes().replicas() < 1) {
      return;
    }
    Replication replication = spec.replication();
    if (replication.backlogSize().compareTo(REDIS_DEFAULT) <= 0
        && spec.memory().maxmemory().compareTo(LARGE_DATASET) >= 0) {
      ctx.report(SpecPaths.spec("replication.backlogSize"),
          "`repl-backlog-size` " + replication.backlogSize() + " is tiny for maxmemory " + spec.memory().maxmemory(),
          "Raise the backlog (the default here is 64mb) so a restarted replica resumes with PSYNC instead of a"
              + " full resync.");
    }
    if (replication.replicaOutputBuffer().hard().compareTo(replication.backlogSize()) < 0) {
      ctx.report(Severity.INFO, SpecPaths.spec("replication.replicaOutputBuffer.hard"),
          "Replica output buffer hard limit " + replication.replicaOutputBuffer().hard()
              + " is below the backlog size " + replication.backlogSize(),
          "Redis ignores a replica buffer limit below the backlog; raise it to at least the backlog size.");
    }
  }
}
