package io.rhc.target.kubernetes;

import io.rhc.model.CertManager;
import io.rhc.model.Spec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * certificate.yaml: the cert-manager {@code Certificate} of a TLS cluster whose spec names an issuer. Its SANs are
 * every name a process or client reaches a data node or sentinel by: each pod through its headless Service (the
 * sentinels announce the {@code .svc.<domain>} form), the headless and client Services, each in its short,
 * namespaced, {@code .svc} and {@code .svc.<domain>} forms, and loopback for the probes.
 */
final class Certificates {
  static final String FILE = "certificate.yaml";
  /** The probes (rhc-probe.sh) reach their own container on loopback. */
  static final String LOOPBACK_NAME = "localhost";
  static final String LOOPBACK_IP = "127.0.0.1";

  private Certificates() {}

  record View(String cluster, String name, String instance, String secretName, String issuerName, String issuerKind,
      String issuerGroup, Optional<String> duration, Optional<String> renewBefore, List<String> dnsNames,
      List<String> ipAddresses) {}

  static Optional<String> render(Spec spec, Names names) {
    if (!spec.tls().enabled() || spec.tls().certManager().isEmpty()) {
      return Optional.empty();
    }
    CertManager cm = spec.tls().certManager().get();
    String secret = names.tlsSecret().orElseThrow();
    View view = new View(names.cluster(), Yaml.str(secret), Yaml.str(names.cluster()), Yaml.str(secret),
        Yaml.str(cm.issuerName()), Yaml.str(cm.issuerKind()), Yaml.str(cm.issuerGroup()),
        cm.duration().map(Certificates::goDuration), cm.renewBefore().map(Certificates::goDuration),
        dnsNames(spec, names).stream().map(Yaml::str).toList(), List.of(Yaml.str(LOOPBACK_IP)));
    return Optional.of(Render.template("certificate.yaml.mustache", view));
  }

  static List<String> dnsNames(Spec spec, Names names) {
    String ns = names.namespace();
    String domain = spec.kubernetes().clusterDomain();
    List<String> dns = new ArrayList<>();
    for (int i = 0; i < spec.nodes().count(); i++) {
      dns.addAll(forms(names.dataSet() + "-" + i + "." + names.dataHeadless(), ns, domain));
    }
    if (names.dedicatedSentinels()) {
      for (int i = 0; i < spec.sentinel().count(); i++) {
        dns.addAll(forms(names.sentinelSet() + "-" + i + "." + names.sentinelHeadless(), ns, domain));
      }
    }
    dns.addAll(forms(names.dataHeadless(), ns, domain));
    if (names.dedicatedSentinels()) {
      dns.addAll(forms(names.sentinelHeadless(), ns, domain));
    }
    if (spec.proxy().enabled()) {
      dns.addAll(forms(names.clientService(), ns, domain));
    }
    dns.add(LOOPBACK_NAME);
    return List.copyOf(dns);
  }

  private static List<String> forms(String name, String ns, String domain) {
    return List.of(name, name + "." + ns, name + "." + ns + ".svc", name + "." + ns + ".svc." + domain);
  }

  /** cert-manager reads Go durations, which have no day unit: whole hours, else minutes, else seconds. */
  static String goDuration(Duration d) {
    if (d.toSeconds() % 3600 == 0) {
      return d.toHours() + "h";
    }
    return d.toSeconds() % 60 == 0 ? d.toMinutes() + "m" : d.toSeconds() + "s";
  }
}
