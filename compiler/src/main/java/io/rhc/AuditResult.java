package io.rhc;

import io.rhc.diag.Diagnostic;
import io.rhc.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * What {@code rhc audit} found: diagnostics located in the audited files, every file read (for excerpts), and the
 * rules the files did not allow to run.
 */
public record AuditResult(List<Diagnostic> diagnostics, Map<String, SourceFile> sources, List<NotEvaluated> notEvaluated) {
  public AuditResult {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
    notEvaluated = List.copyOf(notEvaluated);
  }

  /** A rule that did not run, and why. */
  public record NotEvaluated(String rule, String name, String reason) {}

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
