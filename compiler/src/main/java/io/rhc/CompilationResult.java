package io.rhc;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Severity;
import io.rhc.emit.Artifact;
import io.rhc.model.ResolvedSpec;
import io.rhc.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pipeline produced for one spec: the resolved spec when it got that far, every
 * diagnostic (with file and position), and the artifacts per target id when emitted.
 */
public record CompilationResult(
    SourceFile source,
    Optional<ResolvedSpec> spec,
    List<Diagnostic> diagnostics,
    Map<String, List<Artifact>> artifacts) {

  public CompilationResult {
    diagnostics = List.copyOf(diagnostics);
    artifacts = Map.copyOf(artifacts);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public boolean hasWarnings() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING);
  }
}
