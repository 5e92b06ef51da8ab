package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.Memory;
import io.rhc.model.Thresholds;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R27: BGSAVE, AOF rewrite and full syncs fork; copy-on-write can approach 2x under writes. The seed
 * master (256Mi, persistence on) was OOM-killed during BGSAVE + PSYNC.
 */
public final class MaxmemoryForkHeadroomRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2001", "maxmemory-fork-headroom", Category.DATA_SAFETY, Severity.ERROR,
        "`maxmemory` leaves fork copy-on-write headroom under the memory limit", "0.1.0");
  }

  private static final String HINT = "Keep maxmemory at or below 85% of the limit (75% for write-heavy loads),"
      + " or raise the limit; the seed fix was a 768Mi limit with maxmemory 640mb.";

  @Override
  public void check(Spec spec, RuleContext ctx) {
    // maxmemory of 0 or at or above the limit never gets here: the resolver refuses both (RHC0206)
    Memory memory = spec.memory();
    var path = SpecPaths.spec("memory.maxmemory");
    if (!spec.forkCapable()) {
      return;
    }
    Thresholds t = ctx.thresholds();
    double percent = memory.maxmemoryPercent();
    String summary = "`maxmemory` " + memory.maxmemory() + " is " + shown(percent, t) + "% of the "
        + memory.limit().kubernetes() + " memory limit";
    if (percent > t.maxmemoryErrorPercent()) {
      ctx.report(path, summary + ", above the " + t.maxmemoryErrorPercent() + "% error threshold", HINT);
    } else if (percent > t.maxmemoryWarningPercent()) {
      ctx.report(Severity.WARNING, path, summary, HINT);
    } else if (percent > t.maxmemoryInfoPercent()) {
      ctx.report(Severity.INFO, path, summary + ", tight for fork copy-on-write under heavy writes", HINT);
    }
  }

  /**
   * The percentage with as few decimals as keep it on the same side of every threshold as the exact figure, so
   * that 90.3 % is never printed as "90% … above the 90% threshold". Rounded half up without a Formatter (its
   * locale set-up was 3% of a native compile).
   */
  static String shown(double percent, Thresholds t) {
    BigDecimal exact = BigDecimal.valueOf(percent);
    int[] thresholds = {t.maxmemoryInfoPercent(), t.maxmemoryWarningPercent(), t.maxmemoryErrorPercent()};
    for (int scale = 0; ; scale++) {
      BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_UP);
      boolean agrees = true;
      for (int threshold : thresholds) {
        BigDecimal limit = BigDecimal.valueOf(threshold);
        agrees &= (rounded.compareTo(limit) > 0) == (exact.compareTo(limit) > 0);
      }
      if (agrees || scale == 6) {
        return rounded.toPlainString();
      }
    }
  }
}
