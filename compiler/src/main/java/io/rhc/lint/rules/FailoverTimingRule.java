package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Show;
import io.rhc.model.Sentinel;
import java.time.Duration;

/** R16: a failover timeout shorter than detection aborts running failovers; slow detection stretches outages. */
public final class FailoverTimingRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3008", "failover-timing", Category.TOPOLOGY, Severity.WARNING,
        "Failover timeout and down-after fit each other", "0.1.0");
  }

  private static final Duration MIN_FAILOVER_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration LONG_FAILOVER_TIMEOUT = Duration.ofMinutes(10);

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Sentinel s = spec.sentinel();
    Duration wanted = max(s.downAfter().multipliedBy(3), MIN_FAILOVER_TIMEOUT);
    if (s.failoverTimeout().compareTo(wanted) < 0) {
      ctx.report(SpecPaths.spec("sentinel.failoverTimeout"),
          "failover-timeout " + Show.duration(s.failoverTimeout()) + " is below " + Show.duration(wanted),
          "Use at least 3 x down-after and 10 s, so a failover can finish before it is retried.");
    } else if (s.failoverTimeout().compareTo(LONG_FAILOVER_TIMEOUT) > 0) {
      ctx.report(Severity.INFO, SpecPaths.spec("sentinel.failoverTimeout"),
          "failover-timeout " + Show.duration(s.failoverTimeout()) + " delays a retry by twice that",
          "Keep failover-timeout at 10 minutes or less.");
    }
    Duration slow = ctx.thresholds().maxDownAfter();
    if (s.downAfter().compareTo(slow) > 0) {
      ctx.report(SpecPaths.spec("sentinel.downAfter"),
          "down-after " + Show.duration(s.downAfter()) + " detects a dead master slowly (above "
              + Show.duration(slow) + ")", "Use a down-after between the floor and " + Show.duration(slow) + ".");
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
