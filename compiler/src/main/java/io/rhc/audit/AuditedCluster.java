package io.rhc.audit;

import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import io.rhc.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cluster as the audited files show it: a spec document to validate, resolve and lint, where each spec path
 * it filled came from, which paths the files really show (the rest are placeholders no rule may judge), every
 * file read, the problems found while reading them, which shown values are a program's default for a directive
 * left out, and (for {@code rhc import}) the directives carried into the spec as written, those it cannot take,
 * and the target that writes this kind of material.
 */
public record AuditedCluster(ObjectNode document, Map<SpecPath, Located> locations, Set<SpecPath> shown,
    Map<String, SourceFile> sources, List<Diagnostic> problems, Located fallback, List<AuditNote> notes,
    Set<SpecPath> programDefaults, List<PassedThrough> passedThrough,
    List<Unmapped> unmapped, Optional<String> target) {

  /** Where a finding about {@code path} belongs: its own source, the nearest ancestor's, or the first file. */
  public Located locate(SpecPath path) {
    for (SpecPath p = path; ; p = p.parent()) {
      Located at = locations.get(p);
      if (at != null) {
        return at;
      }
      if (p.isRoot()) {
        return fallback;
      }
    }
  }

  public Optional<SourceFile> source(String file) {
    return Optional.ofNullable(sources.get(file));
  }
}
