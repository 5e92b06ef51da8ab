package io.rhc.target.kubernetes;

import io.rhc.diag.DiagnosticFormatter;
import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.model.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the target produced for one spec: the files and the diagnostics. */
record Emitted(List<Artifact> files, Diagnostics diagnostics) {

  static Emitted of(Spec spec) {
    Diagnostics diagnostics = new Diagnostics();
    List<Artifact> files = new KubernetesTarget().emit(spec, new EmitContext(diagnostics));
    return new Emitted(files, diagnostics);
  }

  /** The diagnostics as a user sees them, without colour. */
  String diagnosticsText() {
    DiagnosticFormatter formatter = new DiagnosticFormatter(false);
    return diagnostics.sorted().stream().map(d -> formatter.format(d, Optional.empty()))
        .collect(Collectors.joining("\n"));
  }

  List<Artifact> manifests() {
    return files.stream().filter(a -> a.path().endsWith(".yaml") && !a.path().contains("/")).toList();
  }

  Artifact file(String path) {
    return files.stream().filter(a -> a.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " among " + files.stream().map(Artifact::path).toList()));
  }

  /** Writes the files under dir, as {@code rhc compile --out} would. */
  Path writeTo(Path dir) throws IOException {
    for (Artifact a : files) {
      Path p = dir.resolve(a.path());
      Files.createDirectories(p.getParent());
      Files.writeString(p, a.content(), StandardCharsets.UTF_8);
    }
    return dir;
  }
}
