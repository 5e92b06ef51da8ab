package io.rhc.emit;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;

/** Whether a TLS spec names the certificate source a target reads: an error, never plaintext files for it. */
public final class TlsSources {
  private static final SpecPath TLS = SpecPath.root().at("spec").at("tls");

  private TlsSources() {}

  /** systemd and compose read certificate, key and CA from files on the host; false after reporting the error. */
  public static boolean requireFiles(Spec spec, String target, Diagnostics diagnostics) {
    if (spec.tls().enabled() && !spec.tls().onFiles()) {
      diagnostics.add(Diagnostic.error("RHC0214", TLS.at("enabled"),
          "The " + target + " target reads the TLS certificate, key and CA from files on the host, and the spec"
              + " names none",
          "Set `tls.certificateFile`, `tls.keyFile` and `tls.caFile` (absolute paths on the host).")
          .withDetail("A Kubernetes Secret or cert-manager certificate serves the kubernetes target only; refusing"
              + " is safer than emitting files that run in plaintext."));
      return false;
    }
    return true;
  }

  /**
   * Kubernetes mounts a {@code kubernetes.io/tls} Secret: the user's, or the one cert-manager fills; false after
   * reporting the error.
   */
  public static boolean requireKubernetesSecret(Spec spec, Diagnostics diagnostics) {
    if (spec.tls().enabled() && !spec.tls().inKubernetesSecret()) {
      diagnostics.add(Diagnostic.error("RHC0214", TLS.at("enabled"),
          "The kubernetes target mounts the TLS certificate from a Secret, and the spec names none",
          "Set `tls.certificate.kubernetesSecret.name` (a kubernetes.io/tls Secret with tls.crt, tls.key and"
              + " ca.crt) or `tls.certManager.issuerRef` for a cert-manager Certificate rhc emits.")
          .withDetail("Host files (`tls.certificateFile`, ...) serve the systemd and compose targets only; refusing"
              + " is safer than emitting manifests that run in plaintext."));
      return false;
    }
    return true;
  }
}
