package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.Aof;
import io.rhc.model.Fsync;
import io.rhc.model.Persistence;

/** R21: must-survive data needs AOF with fsync every second; RDB alone loses minutes of writes. */
public final class MustSurviveAofRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2006", "must-survive-aof", Category.DATA_SAFETY, Severity.ERROR,
        "Must-survive data is persisted with AOF `appendfsync everysec`", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.hasMustSurviveData()) {
      return;
    }
    Persistence p = spec.persistence();
    if (p.masterNone()) {
      ctx.report(SpecPaths.spec("persistence"), "Must-survive data is kept without any persistence",
          "Enable AOF with `appendfsync everysec` (at most about 1 s of loss).");
      return;
    }
    checkAof(ctx, p.aof(), "persistence.aof");
    if (p.aof().enabled() && !p.replicaAof().enabled()) {
      ctx.report(Severity.WARNING, SpecPaths.spec("persistence.replicas.aof.enabled"),
          "Replicas keep must-survive data without AOF, and any replica can be promoted",
          "Enable AOF on replicas too, or drop the per-role override.");
    }
    if (p.noAppendfsyncOnRewrite()) {
      ctx.report(Severity.WARNING, SpecPaths.spec("persistence.noAppendfsyncOnRewrite"),
          "`no-appendfsync-on-rewrite yes` drops durability to `appendfsync no` during every rewrite",
          "Set `noAppendfsyncOnRewrite: false`; with it on, a crash during a rewrite can lose about 30 s.");
    }
    if (!p.stopWritesOnBgsaveError()) {
      ctx.report(Severity.WARNING, SpecPaths.spec("persistence.stopWritesOnBgsaveError"),
          "`stop-writes-on-bgsave-error no` hides failed persistence of must-survive data",
          "Set `stopWritesOnBgsaveError: true` so failed persistence is visible rather than silent.");
    }
  }

  private static void checkAof(RuleContext ctx, Aof aof, String path) {
    if (!aof.enabled()) {
      ctx.report(Severity.WARNING, SpecPaths.spec(path + ".enabled"),
          "Must-survive data relies on RDB snapshots alone",
          "Enable AOF with `appendfsync everysec`; snapshots lose every write since the last save.");
    } else if (aof.fsync() == Fsync.NO) {
      ctx.report(Severity.WARNING, SpecPaths.spec(path + ".fsync"),
          "`appendfsync no` leaves must-survive data to the kernel's flush (about 30 s)",
          "Use `fsync: everysec`.");
    } else if (aof.fsync() == Fsync.ALWAYS) {
      ctx.report(Severity.INFO, SpecPaths.spec(path + ".fsync"),
          "`appendfsync always` costs a disk sync per write",
          "Use `fsync: everysec` unless losing one second of writes is unacceptable.");
    }
  }
}
