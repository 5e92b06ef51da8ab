package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.lint.facts.RunningEngine;
import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import io.rhc.model.Node;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;

/** R09: before 6.2.8 / 7.0.6 hostname-mode Sentinel mis-compares names and aborts failovers. */
public final class HostnameVersionFloorRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3005", "hostname-mode-version-floor", Category.TOPOLOGY, Severity.ERROR,
        "Hostname-mode Sentinel runs Redis 6.2.8+ or 7.0.6+", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.sentinel().hostnameMode()) {
      return;
    }
    RunningEngine engine = RunningEngine.of(spec.engine().image(), spec.engine().type(), spec.engine().version());
    boolean reported = engine.type() == EngineType.REDIS && check(ctx, SpecPaths.spec("engine.version"),
        engine.version());
    for (Node node : spec.nodes().list()) {
      RunningEngine runs = RunningEngine.of(node.image(), node.engine(), node.version());
      if (!reported && node.override().isPresent() && runs.type() == EngineType.REDIS
          && !runs.version().equals(engine.version())) {
        reported = check(ctx, SpecPaths.node(node, "image"), runs.version());
      }
    }
    RunningEngine sentinel = RunningEngine.of(spec.sentinel().image(), spec.engine().type(),
        spec.sentinel().version());
    if (!reported && sentinel.type() == EngineType.REDIS && !sentinel.version().equals(engine.version())) {
      check(ctx, SpecPaths.spec("sentinel.version"), sentinel.version());
    }
  }

  /** Reports and returns true when the version is below the floor. */
  private static boolean check(RuleContext ctx, SpecPath path, EngineVersion v) {
    String hint = "Use Redis 6.2.8 or later on the 6.2 line, or 7.0.6 or later: older builds resolve names only"
        + " once and abort failovers with `-failover-abort-no-good-slave`.";
    if (!v.atLeast(6, 2, 0)) {
      ctx.report(path, "Redis " + v + " predates hostname support in Sentinel", hint);
      return true;
    }
    boolean buggy62 = v.major() == 6 && !v.atLeast(6, 2, 8);
    boolean buggy70 = v.major() == 7 && v.minor() == 0 && !v.atLeast(7, 0, 6);
    if (buggy62 || buggy70) {
      ctx.report(Severity.WARNING, path, "Redis " + v + " has known hostname-mode failover bugs", hint);
      return true;
    }
    return false;
  }
}
