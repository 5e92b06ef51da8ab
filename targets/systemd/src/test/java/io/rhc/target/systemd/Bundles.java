package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.model.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** Emits specs with the systemd target and writes bundles to disk for the real programs. */
final class Bundles {
  private Bundles() {}

  static List<Artifact> emit(Spec spec) {
    Diagnostics diagnostics = new Diagnostics();
    List<Artifact> files = new SystemdTarget().emit(spec, new EmitContext(diagnostics));
    assertFalse(diagnostics.hasErrors(), () -> "unexpected diagnostics: " + diagnostics.all());
    return files;
  }

  static void write(List<Artifact> files, Path dir) throws IOException {
    for (Artifact a : files) {
      Path p = dir.resolve(a.path());
      Files.createDirectories(p.getParent());
      Files.writeString(p, a.content(), StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(a.executable() ? "rwxr-xr-x" : "rw-r--r--"));
    }
  }
}
