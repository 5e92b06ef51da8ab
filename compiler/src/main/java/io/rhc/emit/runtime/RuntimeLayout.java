package io.rhc.emit.runtime;

import java.util.Optional;

/**
 * Where the runtime files live on a data node or sentinel.
 *
 * @param configDir read-only directory holding the static files of {@link RuntimeFiles#configFiles}
 * @param stateDir writable directory where {@code rhc-init.sh} writes redis.conf (a copy), replica.conf,
 *     auth.conf and sentinel.conf on every boot; a directory, never a single-file mount
 * @param dataDir the redis {@code dir} (persistent volume)
 * @param tls the certificate, key and CA as the processes see them; present exactly when the spec has TLS on
 */
public record RuntimeLayout(String configDir, String stateDir, String dataDir, Optional<TlsFiles> tls) {
  public RuntimeLayout {
    requireAbsolute("configDir", configDir);
    requireAbsolute("stateDir", stateDir);
    requireAbsolute("dataDir", dataDir);
  }

  private static void requireAbsolute(String what, String dir) {
    if (dir == null || !dir.startsWith("/") || dir.contains(" ") || (dir.length() > 1 && dir.endsWith("/"))) {
      throw new IllegalArgumentException(what + " must be an absolute path without spaces or trailing slash: " + dir);
    }
  }
}
