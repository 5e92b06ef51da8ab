package io.rhc;

import io.rhc.audit.AuditCodes;
import io.rhc.audit.AuditMaterial;
import io.rhc.audit.AuditedCluster;
import io.rhc.audit.Located;
import io.rhc.audit.MaterialReader;
import io.rhc.audit.Reconstruction;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.importer.ImportedSpec;
import io.rhc.path.SpecPath;
import io.rhc.resolve.SchemaDefaults;
import io.rhc.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code rhc import}: the same reading and reconstruction as {@code rhc audit}, printed as a spec. A running value
 * that lint refuses as an error (a monitor address that is not node 0's name, sentinels announcing IPs, an even
 * sentinel count) is left to rhc's default and called out in a comment, so the spec validates, lints without
 * errors and compiles.
 */
public final class Importer {
  /** More rounds than there are mapped values lint can refuse. */
  private static final int MAX_ROUNDS = 32;

  private final Compiler compiler = new Compiler();

  /** {@code paths} shown as {@code names}; the name {@code -} stands for {@code stdin}. */
  public ImportResult importFrom(List<Path> paths, List<String> names, Optional<String> stdin) {
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    Diagnostics problems = new Diagnostics();
    AuditMaterial material = MaterialReader.read(paths, names, stdin, sources, problems);
    AuditedCluster cluster = Reconstruction.of(material, sources, problems);
    List<Diagnostic> unreadable = problems.sorted().stream().filter(Importer::blocksImport).toList();
    if (!unreadable.isEmpty() || material.hosts().isEmpty()) {
      return new ImportResult(Optional.empty(), unreadable, sources, cluster.target());
    }
    ImportedSpec spec = new ImportedSpec(cluster);
    List<ImportedSpec.Kept> kept = new ArrayList<>();
    SchemaDefaults defaults = SchemaDefaults.instance();
    String text = spec.text(names, kept, defaults::defaultAt);
    CompilationResult check = compiler.check(new SourceFile(ImportResult.IMPORTED, text));
    for (int round = 0; round < MAX_ROUNDS && check.hasErrors(); round++) {
      boolean changed = false;
      for (Diagnostic d : check.diagnostics()) {
        if (d.isError()) {
          Optional<Located> at = spec.source(d.path());
          String value = valueAt(spec.document(), d.path());
          if (at.isPresent() && spec.leaveToDefault(d.path())) {
            kept.add(new ImportedSpec.Kept(d.path(), "running: " + value + " (" + at.get().file() + ":"
                + at.get().span().line() + "); rhc's default for `" + d.path().toString().replaceFirst("^spec\\.", "")
                + "` is kept: " + d.code() + " " + d.summary()));
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
      text = spec.text(names, kept, defaults::defaultAt);
      check = compiler.check(new SourceFile(ImportResult.IMPORTED, text));
    }
    List<Diagnostic> found = new ArrayList<>();
    check.diagnostics().stream().filter(Diagnostic::isError).map(check::locate).forEach(found::add);
    return new ImportResult(Optional.of(text), found, sources, cluster.target());
  }

  /**
   * A file that cannot be read as the program would read it (bad quoting, an inline comment, an unknown directive,
   * an unreadable include or YAML). Findings about what runs (a read-only sentinel mount, a placeholder password
   * the spec never copies) are {@code rhc audit}'s to report: the imported spec is rhc's, which has neither.
   */
  private static boolean blocksImport(Diagnostic d) {
    return d.isError() && d.code().startsWith("RHC05") && !d.code().equals(AuditCodes.PLACEHOLDER_SECRET);
  }

  private static String valueAt(JsonNode document, SpecPath path) {
    JsonNode node = document;
    for (Object segment : path.segments()) {
      node = node == null ? null : segment instanceof Integer i ? node.get(i) : node.get((String) segment);
    }
    return node == null ? "(none)" : node.isValueNode() ? node.asString() : node.toString();
  }
}
