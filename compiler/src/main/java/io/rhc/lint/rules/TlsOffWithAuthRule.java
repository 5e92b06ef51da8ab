package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleDef;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** Passwords sent without TLS can be read by anyone on the path. */
@RuleDef(id = "RHC4006", slug = "tls-off-with-auth", category = Category.NETWORKING, severity = Severity.INFO,
    summary = "Passwords are not sent in clear text", since = "0.1.0")
public final class TlsOffWithAuthRule implements Rule {
  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.auth().enabled() && !spec.tls().enabled()) {
      ctx.report(SpecPaths.spec("tls.enabled"), "Auth is on but TLS is off, so passwords cross the network in clear",
          "Enable TLS when the network between clients and nodes is not trusted.");
    }
  }
}
