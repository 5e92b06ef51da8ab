package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** Passwords sent without TLS can be read by anyone on the path. */
public final class TlsOffWithAuthRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4006", "tls-off-with-auth", Category.NETWORKING, Severity.INFO,
        "Passwords are not sent in clear text", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.auth().enabled() && !spec.tls().enabled()) {
      ctx.report(SpecPaths.spec("tls.enabled"), "Auth is on but TLS is off, so passwords cross the network in clear",
          "Enable TLS when the network between clients and nodes is not trusted.");
    }
  }
}
