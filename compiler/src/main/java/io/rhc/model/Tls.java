package io.rhc.model;

import java.util.Optional;

/**
 * TLS settings: TLS only on every hop when enabled.
 *
 * @param certificate the Kubernetes Secret holding certificate and key (not generated yet)
 * @param certificateFile the PEM certificate on every host
 * @param keyFile the PEM private key on every host
 * @param caFile the CA bundle every process verifies its peers with
 * @param clientAuth whether servers require client certificates
 * @param protocols {@code tls-protocols}
 * @param ciphers {@code tls-ciphers}, the engine's defaults when empty
 */
public record Tls(boolean enabled, Optional<SecretRef> certificate, Optional<String> certificateFile,
    Optional<String> keyFile, Optional<String> caFile, boolean clientAuth, String protocols, Optional<String> ciphers) {

  /** Whether every host reads certificate, key and CA from files. */
  public boolean onFiles() {
    return enabled && certificateFile.isPresent() && keyFile.isPresent() && caFile.isPresent();
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
    return new Tls(enabled, this.certificate, Optional.of(certificate), Optional.of(key), Optional.of(ca), clientAuth,
        protocols, ciphers);
  }
}
