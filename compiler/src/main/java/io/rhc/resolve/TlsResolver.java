package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.CertManager;
import io.rhc.model.Tls;
import io.rhc.path.SpecPath;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code spec.tls}: where the certificates come from and what cannot run over TLS yet. Which source a target
 * needs (host files, or a Secret on Kubernetes) is checked by the target ({@code io.rhc.emit.TlsSources}).
 */
final class TlsResolver {
  private static final SpecPath TLS = SPEC.at("tls");
  private static final SpecPath CERT_MANAGER = TLS.at("certManager");
  private static final List<String> FILES = List.of("certificateFile", "keyFile", "caFile");
  /** cert-manager refuses a shorter certificate lifetime. */
  private static final Duration MIN_DURATION = Duration.ofHours(1);

  private TlsResolver() {}

  static Tls tls(SpecReader reader, Diagnostics diagnostics) {
    Tls tls = new Tls(reader.flag(TLS.at("enabled")),
        reader.optionalText(TLS.at("certificate").at("kubernetesSecret").at("name")), certManager(reader),
        reader.optionalText(TLS.at("certificateFile")), reader.optionalText(TLS.at("keyFile")),
        reader.optionalText(TLS.at("caFile")), reader.flag(TLS.at("clientAuth")), reader.text(TLS.at("protocols")),
        reader.optionalText(TLS.at("ciphers")));
    checkFiles(reader, diagnostics);
    tls.certManager().ifPresent(cm -> checkCertManager(tls, cm, diagnostics));
    if (!tls.enabled()) {
      return tls;
    }
    if (!tls.onFiles() && !tls.inKubernetesSecret()) {
      diagnostics.add(Diagnostic.error("RHC0214", TLS.at("enabled"), "TLS is on but no certificate is named",
          "Set `tls.certificateFile`, `tls.keyFile` and `tls.caFile` (systemd hosts, compose), or on Kubernetes"
              + " `tls.certificate.kubernetesSecret.name` or `tls.certManager.issuerRef`.")
          .withDetail("Refusing is safer than emitting files that run in plaintext."));
    }
    refuse(diagnostics, tls.clientAuth() && reader.flag(SPEC.at("proxy").at("enabled")),
        TLS.at("clientAuth"), "client certificates for HAProxy's health checks are not generated yet");
    refuse(diagnostics, reader.flag(SPEC.at("monitoring").at("exporter").at("enabled")),
        SPEC.at("monitoring").at("exporter").at("enabled"), "the exporter does not speak TLS to the nodes yet");
    refuse(diagnostics, reader.flag(SPEC.at("backup").at("enabled")), SPEC.at("backup").at("enabled"),
        "the backup job does not speak TLS to the nodes yet");
    return tls;
  }

  private static Optional<CertManager> certManager(SpecReader reader) {
    if (!reader.inFile(CERT_MANAGER)) {
      return Optional.empty();
    }
    SpecPath issuer = CERT_MANAGER.at("issuerRef");
    return Optional.of(new CertManager(reader.text(issuer.at("name")), reader.text(issuer.at("kind")),
        reader.text(issuer.at("group")), reader.optionalDuration(CERT_MANAGER.at("duration")),
        reader.optionalDuration(CERT_MANAGER.at("renewBefore"))));
  }

  /** Certificate, key and CA files come as a set: one alone would leave a process without the others. */
  private static void checkFiles(SpecReader reader, Diagnostics diagnostics) {
    List<String> given = FILES.stream().filter(f -> reader.inFile(TLS.at(f))).toList();
    if (!given.isEmpty() && given.size() < FILES.size()) {
      String missing = FILES.stream().filter(f -> !given.contains(f)).findFirst().orElseThrow();
      diagnostics.add(Diagnostic.error("RHC0220", TLS.at(given.get(0)),
          "`tls." + given.get(0) + "` is set without `tls." + missing + "`",
          "Set all three of `tls.certificateFile`, `tls.keyFile` and `tls.caFile`, or none."));
    }
  }

  private static void checkCertManager(Tls tls, CertManager cm, Diagnostics diagnostics) {
    if (tls.certificateSecret().isPresent()) {
      diagnostics.add(Diagnostic.error("RHC0220", CERT_MANAGER,
          "`tls.certManager` and `tls.certificate` both name the certificate's Secret",
          "Keep `tls.certManager` for a certificate rhc requests, or `tls.certificate` for a Secret you manage."));
    }
    cm.duration().filter(d -> d.compareTo(MIN_DURATION) < 0).ifPresent(d -> diagnostics.add(Diagnostic.error(
        "RHC0220", CERT_MANAGER.at("duration"), "A certificate lifetime under 1h is refused by cert-manager",
        "Set `tls.certManager.duration` to at least `1h`, or leave it out for cert-manager's 90 days.")));
    cm.renewBefore().ifPresent(renew -> {
      if (cm.duration().isPresent() && renew.compareTo(cm.duration().get()) >= 0) {
        diagnostics.add(Diagnostic.error("RHC0220", CERT_MANAGER.at("renewBefore"),
            "`renewBefore` is not shorter than `duration`: cert-manager would renew it without end",
            "Set `tls.certManager.renewBefore` below `tls.certManager.duration` (a third of it is usual)."));
      }
    });
  }

  private static void refuse(Diagnostics diagnostics, boolean when, SpecPath at, String what) {
    if (when) {
      diagnostics.add(Diagnostic.error("RHC0214", at, "With TLS on, " + what,
          "Turn it off for a TLS cluster until rhc generates it, or keep `tls.enabled: false`.")
          .withDetail("Refusing is safer than a process that cannot reach the nodes."));
    }
  }
}
