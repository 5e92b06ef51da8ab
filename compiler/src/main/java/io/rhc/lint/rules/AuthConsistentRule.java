package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.Auth;

/** R35: every node, sentinel and check needs the same credentials, since roles swap after failover. */
public final class AuthConsistentRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4004", "auth-consistent", Category.NETWORKING, Severity.ERROR,
        "Authentication settings are complete and consistent", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Auth auth = spec.auth();
    switch (auth.mode()) {
      case PASSWORD -> {
        if (auth.password().isEmpty()) {
          ctx.report(SpecPaths.spec("auth.password"), "Auth mode `password` without a password source",
              "Set `auth.password` (a Kubernetes secret, a file or an environment variable).");
        }
      }
      case ACL -> {
        if (auth.users().isEmpty()) {
          ctx.report(SpecPaths.spec("auth.users"), "Auth mode `acl` without users",
              "Declare the ACL users, including the one Sentinel and replication use.");
        }
      }
      case NONE -> {
        if (auth.password().isPresent() || !auth.users().isEmpty()) {
          ctx.report(Severity.WARNING, SpecPaths.spec("auth.mode"),
              "Credentials are declared but auth mode is `none`, so nothing uses them",
              "Set `auth.mode` to `password` or `acl`, or remove the credentials.");
        }
        if (auth.sentinelPassword().isPresent()) {
          ctx.report(Severity.WARNING, SpecPaths.spec("auth.sentinelPassword"),
              "Sentinels require a password while the data nodes require none",
              "Protect the data nodes too, or drop the sentinel password.");
        }
      }
    }
  }
}
