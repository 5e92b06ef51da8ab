package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Deployment;

/** R36: protected mode without a password answers every non-loopback client with -DENIED. */
public final class ProtectedModeWithoutAuthRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4005", "protected-mode-without-auth", Category.NETWORKING, Severity.ERROR,
        "Without auth, protected mode is off and a network policy isolates the cluster", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.auth().enabled()) {
      return;
    }
    if (spec.auth().protectedMode()) {
      ctx.report(SpecPaths.spec("auth.protectedMode"), "Protected mode is on without a password",
          "Enable auth (preferred), or set `protectedMode: false` behind a network policy: replication,"
              + " Sentinel gossip and proxy checks all get -DENIED otherwise.");
    } else if (Deployment.inContainers(spec) && !spec.networkPolicy().enabled()) {
      ctx.report(Severity.WARNING, SpecPaths.spec("networkPolicy.enabled"),
          "No auth, no protected mode and no network policy: anyone on the network can write",
          "Enable `networkPolicy` (or auth).");
    }
  }
}
