package io.rhc.model;

import java.util.Optional;

/**
 * TLS settings: TLS only on every hop when enabled.
 *
 * @param certificateSecret Kubernetes: the {@code kubernetes.io/tls} Secret with {@code tls.crt}, {@code tls.key}
 *     and {@code ca.crt}
 * @param certManager Kubernetes: the cert-manager {@code Certificate} rhc emits instead of a Secret of the user's
 * @param certificateFile the PEM certificate on every host
 * @param keyFile the PEM private key on every host
 * @param caFile the CA bundle every process verifies its peers with
 * @param clientAuth whether servers require client certificates
 * @param protocols {@code tls-protocols}
 * @param ciphers {@code tls-ciphers}, the engine's defaults when empty
 */
public record Tls(boolean enabled, Optional<String> certificateSecret, Optional<CertManager> certManager,
    Optional<String> certificateFile, Optional<String> keyFile, Optional<String> caFile, boolean clientAuth,
    String protocols, Optional<String> ciphers) {

  /** Whether every host reads certificate, key and CA from files. */
  public boolean onFiles() {
    return enabled && certificateFile.isPresent() && keyFile.isPresent() && caFile.isPresent();
  }

  /** Whether the Kubernetes pods mount a Secret: the user's or the one cert-manager fills. */
  public boolean inKubernetesSecret() {
    return enabled && (certificateSecret.isPresent() || certManager.isPresent());
  }

  /**
   * What redis-cli needs on a host to reach the servers: verify them with the CA and, when they require client
   * certificates, present the host's; empty without TLS files.
   */
  public String redisCliOptions() {
    if (!onFiles()) {
      return "";
    }
    return "--tls --cacert " + caFile.get()
        + (clientAuth ? " --cert " + certificateFile.get() + " --key " + keyFile.get() : "");
  }

  /** The same settings with certificate, key and CA read from these files on every host. */
  public Tls withFiles(String certificate, String key, String ca) {
    return new Tls(enabled, certificateSecret, certManager, Optional.of(certificate), Optional.of(key), Optional.of(ca),
        clientAuth, protocols, ciphers);
  }
}
