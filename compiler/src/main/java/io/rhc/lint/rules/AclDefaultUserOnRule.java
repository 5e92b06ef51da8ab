package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;

/** Mode acl with the default user kept on: every permission behind the password rhc's own users share. */
public final class AclDefaultUserOnRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4011", "acl-default-user-on", Category.NETWORKING, Severity.WARNING,
        "In ACL mode the default user is off", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.auth().acl() && spec.auth().defaultUser()) {
      ctx.report(SpecPaths.spec("auth.defaultUser"), "The default user stays on with every permission and"
          + " `auth.password`, which rhc's own users and HAProxy's checks also hold", "Give each client a named"
          + " user under `auth.users` and set `auth.defaultUser: false`.");
    }
  }
}
