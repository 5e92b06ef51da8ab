package io.rhc.target.compose;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.emit.OutputWriter;
import io.rhc.emit.Unsupported;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What the compose target made of one spec. */
record Emitted(List<Artifact> artifacts, List<Diagnostic> diagnostics, List<Unsupported> unsupported) {
  static Emitted of(Spec spec) {
    Diagnostics diagnostics = new Diagnostics();
    ComposeTarget target = new ComposeTarget();
    List<Artifact> artifacts = target.emit(spec, new EmitContext(diagnostics));
    return new Emitted(artifacts, diagnostics.all(), target.unsupported(spec));
  }

  /** The compose output of {@code examples/NAME/spec.yaml}, resolved by the real pipeline. */
  static Emitted example(String name) {
    return of(ExampleSpec.spec(name));
  }

  String file(String path) {
    return artifacts.stream().filter(a -> a.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no artifact " + path + " in " + artifacts.stream().map(Artifact::path).toList()))
        .content();
  }

  List<String> codes() {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }

  /** Writes the project as {@code rhc compile} would (modes included). */
  Path writeTo(Path dir) throws IOException {
    OutputWriter.replaceDirectory(dir, artifacts);
    return dir;
  }
}
