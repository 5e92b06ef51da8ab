package io.rhc.emit.runtime;

import io.rhc.model.Tls;
import java.util.Optional;

/**
 * Where a TLS cluster's processes read certificate, key and CA: the spec's host files on systemd, where the target
 * mounts them elsewhere (a Kubernetes Secret volume, compose secrets).
 */
public record TlsFiles(String certificate, String key, String ca) {
  public TlsFiles {
    for (String path : new String[] {certificate, key, ca}) {
      if (path == null || !path.startsWith("/") || path.contains(" ")) {
        throw new IllegalArgumentException("a TLS file must be an absolute path without spaces: " + path);
      }
    }
  }

  /** The spec's own files, for processes on the hosts that hold them; empty without TLS. */
  public static Optional<TlsFiles> onHost(Tls tls) {
    return tls.onFiles()
        ? Optional.of(new TlsFiles(tls.certificateFile().get(), tls.keyFile().get(), tls.caFile().get()))
        : Optional.empty();
  }
}
