package io.rhc.emit.runtime;

import static io.rhc.emit.runtime.Formats.yesNo;

import io.rhc.model.Tls;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a redis-server or redis-sentinel listens: {@code port P}, or with TLS {@code port 0} and {@code tls-port P}
 * with the certificate, key and CA from the spec, TLS to every peer it connects to ({@code tls-replication}).
 */
final class TlsLines {
  private TlsLines() {}

  static List<String> listen(Tls tls, int port) {
    if (!tls.onFiles()) {
      return List.of("port " + port);
    }
    List<String> lines = new ArrayList<>(List.of("port 0", "tls-port " + port,
        "tls-cert-file " + tls.certificateFile().get(), "tls-key-file " + tls.keyFile().get(),
        "tls-ca-cert-file " + tls.caFile().get(), "tls-auth-clients " + yesNo(tls.clientAuth()),
        "tls-replication yes", "tls-protocols \"" + tls.protocols() + "\""));
    tls.ciphers().ifPresent(c -> lines.add("tls-ciphers " + c));
    return lines;
  }
}
