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
 * An application user that can stop a node or move replication behind Sentinel's back: SHUTDOWN, REPLICAOF /
 * SLAVEOF, FAILOVER. One such call from a buggy client or a leaked password is an outage or a split brain.
 */
public final class AclUserBreaksFailoverRule implements Rule {
  private static final List<String> TOPOLOGY = List.of("shutdown", "replicaof", "slaveof", "failover");

  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4010", "acl-user-breaks-failover", Category.NETWORKING, Severity.ERROR,
        "Application ACL users cannot shut a node down or change who replicates from whom", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.auth().acl()) {
      return;
    }
    for (int i = 0; i < spec.auth().users().size(); i++) {
      AclUser user = spec.auth().users().get(i);
      List<String> allowed = new AclGrants(user.permissions()).allowed(TOPOLOGY);
      if (!allowed.isEmpty()) {
        ctx.report(SpecPaths.spec("auth.users").at(i).at("permissions"), "User `" + user.name() + "` may run "
            + String.join(", ", allowed) + ": it can stop a node or turn a replica into a second master that"
            + " Sentinel does not know about", "Remove `+@all`, `+@admin` or `+@dangerous`, or add `-@admin`; only"
            + " rhc's own users (rhc-admin, rhc-sentinel) need these commands.");
      }
    }
  }
}
