package io.rhc.emit;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;

/**
 * ACL mode for targets whose probes, proxies and secrets do not log in as rhc's users yet: an error, never a cluster
 * whose health probes fail as soon as the default user is off.
 */
public final class AclRefusal {
  private AclRefusal() {}

  public static void check(Spec spec, String target, Diagnostics diagnostics) {
    if (spec.auth().acl()) {
      diagnostics.add(Diagnostic.error("RHC0215", SpecPath.root().at("spec").at("auth").at("mode"),
          "The " + target + " target does not generate ACL users yet",
          "Compile an ACL cluster for the systemd target, or use `auth.mode: password` on " + target + ".")
          .withDetail("Its health probes and HAProxy checks would log in as the default user, which mode `acl`"
              + " turns off, and the application users' secrets would not reach the nodes."));
    }
  }
}
