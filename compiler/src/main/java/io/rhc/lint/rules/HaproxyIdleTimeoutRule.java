package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Show;
import io.rhc.model.DataClass;
import io.rhc.model.ProxyTimeouts;
import io.rhc.model.QueueLibrary;
import java.time.Duration;
import java.util.Optional;

/**
 * R41: in TCP mode HAProxy cuts a session idle for `timeout tunnel` (else the smaller of client/server),
 * including a client blocked in BLPOP waiting for jobs. Redis `tcp-keepalive` does not reset that timer.
 */
public final class HaproxyIdleTimeoutRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4003", "haproxy-idle-timeout", Category.NETWORKING, Severity.ERROR,
        "HAProxy idle timeouts outlast blocking queue commands", "0.1.0");
  }

  private static final Duration MARGIN = Duration.ofSeconds(5);
  private static final Duration POOL_IDLE = Duration.ofSeconds(60);

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.proxy().enabled()) {
      return;
    }
    Duration idle = idle(spec.proxy().timeouts());
    var path = SpecPaths.spec(spec.proxy().timeouts().tunnel().isZero() ? "proxy.timeouts.client" : "proxy.timeouts.tunnel");
    for (DataClass c : spec.dataClasses()) {
      Optional<Duration> blocking = c.blockingTimeout().or(() -> c.library().map(QueueLibrary::defaultBlockingTimeout));
      if (blocking.isPresent() && idle.compareTo(blocking.get().plus(MARGIN)) <= 0) {
        ctx.report(path, "HAProxy closes idle sessions after " + Show.duration(idle) + " but `" + c.name()
            + "` blocks up to " + Show.duration(blocking.get()),
            "Set `proxy.timeouts.tunnel` (for example 1h) above the longest blocking wait; Redis tcp-keepalive"
                + " does not reset HAProxy's timers.");
        return;
      }
    }
    if (idle.compareTo(POOL_IDLE) < 0) {
      ctx.report(Severity.WARNING, path, "HAProxy closes idle sessions after " + Show.duration(idle),
          "Use at least 60 s (a `tunnel` timeout of 1h is typical) so pooled client connections are not cut.");
    }
  }

  /** `timeout tunnel` when set, else the smaller of client and server. */
  private static Duration idle(ProxyTimeouts t) {
    if (!t.tunnel().isZero()) {
      return t.tunnel();
    }
    return t.client().compareTo(t.server()) <= 0 ? t.client() : t.server();
  }
}
