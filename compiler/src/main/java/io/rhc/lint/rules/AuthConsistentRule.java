package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.Auth;
import io.rhc.model.AuthMode;

/**
 * R35: every node, sentinel and check needs the same credentials, since roles swap after failover. The resolver
 * refuses the incomplete settings (RHC0204: password mode without a password, ACL mode without users); what
 * remains is credentials that auth mode {@code none} leaves unused.
 */
public final class AuthConsistentRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4004", "auth-consistent", Category.NETWORKING, Severity.WARNING,
        "Authentication settings are complete and consistent", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Auth auth = spec.auth();
    if (auth.mode() != AuthMode.NONE) {
      return;
    }
    if (auth.password().isPresent() || !auth.users().isEmpty()) {
      ctx.report(SpecPaths.spec("auth.mode"), "Credentials are declared but auth mode is `none`, so nothing uses them",
          "Set `auth.mode` to `password` or `acl`, or remove the credentials.");
    }
    if (auth.sentinelPassword().isPresent()) {
      ctx.report(SpecPaths.spec("auth.sentinelPassword"),
          "Sentinels require a password while the data nodes require none",
          "Protect the data nodes too, or drop the sentinel password.");
    }
  }
}
