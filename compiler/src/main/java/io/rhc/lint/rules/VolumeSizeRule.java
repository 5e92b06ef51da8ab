package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.ByteSize;
import io.rhc.model.Persistence;

/** R25: a snapshot or rewrite needs room for a second copy; a full disk makes Redis refuse writes (MISCONF). */
public final class VolumeSizeRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2009", "volume-size-for-persistence", Category.DATA_SAFETY, Severity.WARNING,
        "The data volume holds a snapshot or AOF rewrite of maxmemory", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Persistence p = spec.persistence();
    ByteSize size = p.volume().size();
    if (size.isZero() || !p.any()) {
      return;
    }
    boolean aof = p.aof().enabled() || p.replicaAof().enabled();
    int factor = aof ? 3 : 2;
    ByteSize needed = ByteSize.ofBytes(spec.memory().maxmemory().bytes() * factor);
    if (size.compareTo(needed) < 0) {
      ctx.report(SpecPaths.spec("persistence.volume.size"),
          "Volume " + size.kubernetes() + " is below " + factor + " x maxmemory (" + needed.human() + ")",
          "Size the volume to at least " + factor + " x maxmemory" + (aof ? " (AOF base, growth and rewrite)"
              : " (old and new snapshot)") + "; when the disk fills Redis rejects writes with MISCONF.");
    }
  }
}
