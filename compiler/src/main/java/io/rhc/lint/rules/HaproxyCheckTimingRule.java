package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Show;
import io.rhc.model.Proxy;
import io.rhc.model.ProxyCheck;
import java.time.Duration;

/** R42: sessions pinned to a demoted master keep getting READONLY; slow checks delay the cut-over. */
public final class HaproxyCheckTimingRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4002", "haproxy-check-timing", Category.NETWORKING, Severity.WARNING,
        "HAProxy notices a demoted master quickly and cuts its sessions", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Proxy proxy = spec.proxy();
    if (!proxy.enabled()) {
      return;
    }
    ProxyCheck check = proxy.check();
    Duration limit = ctx.thresholds().maxCheckDetection();
    Duration detection = check.interval().multipliedBy(check.fall());
    if (detection.compareTo(limit) > 0) {
      ctx.report(SpecPaths.spec("proxy.check.fall"), "HAProxy needs " + Show.duration(detection)
          + " (inter x fall) to mark a demoted master down, above " + Show.duration(limit),
          "Lower `check.interval` or `check.fall` so inter x fall stays within " + Show.duration(limit) + ".");
    }
    Duration rise = check.interval().multipliedBy(check.rise());
    if (rise.compareTo(limit) > 0) {
      ctx.report(SpecPaths.spec("proxy.check.rise"), "HAProxy needs " + Show.duration(rise)
          + " (inter x rise) to bring the new master up, above " + Show.duration(limit),
          "Lower `check.interval` or `check.rise`.");
    }
    if (proxy.timeouts().check().compareTo(check.interval()) >= 0) {
      ctx.report(SpecPaths.spec("proxy.timeouts.check"), "`timeout check` "
          + Show.duration(proxy.timeouts().check()) + " is not below the check interval "
          + Show.duration(check.interval()), "Keep `timeout check` below `check.interval`.");
    }
    if (!proxy.shutdownSessionsOnMarkedDown()) {
      ctx.report(SpecPaths.spec("proxy.shutdownSessionsOnMarkedDown"),
          "Sessions stay pinned to a master that was marked down",
          "Set `shutdownSessionsOnMarkedDown: true` (`on-marked-down shutdown-sessions`) so clients reconnect"
              + " to the new master instead of getting READONLY.");
    }
  }
}
