package io.rhc;

import io.rhc.diag.Diagnostic;
import io.rhc.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code rhc import} made of the material: the spec text (none when the material has errors), the problems
 * found in the audited files and those the imported spec still has, every file read (for excerpts), and the
 * target that writes this kind of material.
 */
public record ImportResult(Optional<String> spec, List<Diagnostic> diagnostics, Map<String, SourceFile> sources,
    Optional<String> target) {
  /** The name diagnostics about the imported spec itself carry. */
  public static final String IMPORTED = "(imported spec)";

  public ImportResult {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
