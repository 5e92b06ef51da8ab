package io.rhc.emit;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;

/** TLS for the compose target, which does not mount certificates yet: an error, never plaintext files. */
public final class TlsRefusal {
  private TlsRefusal() {}

  public static void check(Spec spec, String target, Diagnostics diagnostics) {
    if (spec.tls().enabled()) {
      diagnostics.add(Diagnostic.error("RHC0214", SpecPath.root().at("spec").at("tls").at("enabled"),
          "The " + target + " target does not mount TLS certificates yet: its cluster would run in plaintext",
          "Compile a TLS cluster for the systemd target, or keep `tls.enabled: false` on " + target + ".")
          .withDetail("Refusing is safer than emitting files that ignore the setting."));
    }
  }
}
