package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.AclUser;
import io.rhc.model.Spec;
import java.util.List;

/**
 * An application user that may run commands no application needs: FLUSHALL and FLUSHDB (which ignore key
 * patterns and come with {@code +@write}), KEYS, CONFIG, DEBUG, MODULE, ACL.
 */
public final class AclUserDangerousCommandsRule implements Rule {
  private static final List<String> DANGEROUS = List.of("flushall", "flushdb", "keys", "config", "debug", "module",
      "acl");

  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4009", "acl-user-dangerous-commands", Category.NETWORKING, Severity.WARNING,
        "Application ACL users cannot flush, reconfigure or debug the nodes", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.auth().acl()) {
      return;
    }
    for (int i = 0; i < spec.auth().users().size(); i++) {
      AclUser user = spec.auth().users().get(i);
      AclGrants grants = new AclGrants(user.permissions());
      List<String> allowed = grants.allowed(DANGEROUS);
      if (!allowed.isEmpty()) {
        ctx.report(SpecPaths.spec("auth.users").at(i).at("permissions"), "User `" + user.name() + "` may run "
            + String.join(", ", allowed) + (grants.allKeys() ? " on every key" : "")
            + (allowed.contains("FLUSHALL") ? ": FLUSHALL and FLUSHDB delete every key whatever its key patterns"
                : ""), "Add `-@dangerous` after the categories it needs (for example `~app:* +@read +@write"
            + " -@dangerous`), or list the commands it sends.");
      }
    }
  }
}
