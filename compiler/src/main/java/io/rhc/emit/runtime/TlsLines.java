package io.rhc.emit.runtime;

import static io.rhc.emit.runtime.Formats.yesNo;

import io.rhc.model.Tls;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a redis-server or redis-sentinel listens: {@code port P}, or with TLS {@code port 0} and {@code tls-port P}
 * with the certificate, key and CA where the target puts them, TLS to every peer it connects to
 * ({@code tls-replication}).
 */
final class TlsLines {
  private TlsLines() {}

  static List<String> listen(Tls tls, Optional<TlsFiles> files, int port) {
    if (files.isEmpty()) {
      return List.of("port " + port);
    }
    TlsFiles f = files.get();
    List<String> lines = new ArrayList<>(List.of("port 0", "tls-port " + port,
        "tls-cert-file " + f.certificate(), "tls-key-file " + f.key(), "tls-ca-cert-file " + f.ca(),
        "tls-auth-clients " + yesNo(tls.clientAuth()), "tls-replication yes",
        "tls-protocols \"" + tls.protocols() + "\""));
    tls.ciphers().ifPresent(c -> lines.add("tls-ciphers " + c));
    return lines;
  }
}
