package io.rhc;

import io.rhc.diag.Diagnostic;
import io.rhc.source.SourceFile;
import io.rhc.source.Span;
import java.util.List;
import java.util.Map;

/**
 * What {@code rhc audit} found: diagnostics located in the audited files, every file read (for excerpts), the
 * rules the files did not allow to run, and notes on what was read past.
 */
public record AuditResult(List<Diagnostic> diagnostics, Map<String, SourceFile> sources, List<NotEvaluated> notEvaluated,
    List<Note> notes) {
  public AuditResult {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
    notEvaluated = List.copyOf(notEvaluated);
    notes = List.copyOf(notes);
  }

  /** Something read past without judging it: a manifest kind not audited, an include inside a container. */
  public record Note(String file, Span span, String text) {}

  /** A rule that did not run, and why. */
  public record NotEvaluated(String rule, String name, String reason) {}

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
