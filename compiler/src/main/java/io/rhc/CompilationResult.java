package io.rhc;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Severity;
import io.rhc.emit.Artifact;
import io.rhc.model.ResolvedSpec;
import io.rhc.source.SourceFile;
import io.rhc.source.SourceMap;
import io.rhc.source.Span;
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
    Map<String, List<Artifact>> artifacts,
    Optional<SourceMap> sourceMap) {

  public CompilationResult {
    diagnostics = List.copyOf(diagnostics);
    artifacts = Map.copyOf(artifacts);
  }

  /** Gives a diagnostic found later (e.g. by a cross-spec rule) this file's name and the position of its path. */
  public Diagnostic locate(Diagnostic d) {
    Span span = d.span() != null ? d.span()
        : sourceMap.flatMap(m -> m.locate(d.path())).orElse(null);
    return d.withLocation(source.name(), span);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public boolean hasWarnings() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING);
  }
}
