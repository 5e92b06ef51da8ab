package io.rhc;

import io.rhc.audit.AuditHints;
import io.rhc.audit.AuditMaterial;
import io.rhc.audit.AuditedCluster;
import io.rhc.audit.Located;
import io.rhc.audit.MaterialReader;
import io.rhc.audit.Reconstruction;
import io.rhc.audit.RuleInputs;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.lint.Linter;
import io.rhc.lint.RuleCatalog;
import io.rhc.lint.RuleMeta;
import io.rhc.model.ResolvedSpec;
import io.rhc.parse.ParsedDocument;
import io.rhc.resolve.Resolver;
import io.rhc.source.SourceFile;
import io.rhc.source.SourceMap;
import io.rhc.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code rhc audit}: per-host directories of redis.conf / sentinel.conf / haproxy.cfg to the spec they describe,
 * then the same validation, resolution and lint rules as {@code rhc lint}, with every diagnostic moved to the
 * audited file position its value came from. Rules whose inputs the files do not show do not run.
 */
public final class Auditor {
  private final SchemaValidator validator = new SchemaValidator();
  private final Resolver resolver = new Resolver();
  private final Linter linter = new Linter();

  /** {@code paths} with the names to show for them (as the user typed them). */
  public AuditResult audit(List<Path> paths, List<String> names) {
    return audit(paths, names, Optional.empty());
  }

  /**
   * {@code paths} (host directories, manifest or compose files, directories of them) with the names to show for
   * them; the name {@code -} stands for {@code stdin}, YAML piped in.
   */
  public AuditResult audit(List<Path> paths, List<String> names, Optional<String> stdin) {
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    Diagnostics problems = new Diagnostics();
    AuditMaterial material = MaterialReader.read(paths, names, stdin, sources, problems);
    AuditedCluster cluster = Reconstruction.of(material, sources, problems);
    List<AuditResult.NotEvaluated> notEvaluated = new ArrayList<>();
    Set<String> evaluated = new HashSet<>();
    for (RuleMeta rule : RuleCatalog.builtin().rules()) {
      Optional<String> why = RuleInputs.whyNot(rule.id(), cluster.shown());
      why.ifPresentOrElse(w -> notEvaluated.add(new AuditResult.NotEvaluated(rule.id(), rule.slug(), w)),
          () -> evaluated.add(rule.id()));
    }
    Diagnostics found = new Diagnostics();
    found.addAll(cluster.problems());
    if (!material.hosts().isEmpty()) {
      lint(cluster, evaluated, found);
    }
    // a rule checked on the material itself (maxmemory 0 under a limit) was evaluated after all
    Set<String> foundOnMaterial = new HashSet<>();
    cluster.problems().forEach(d -> foundOnMaterial.add(d.code()));
    notEvaluated.removeIf(n -> foundOnMaterial.contains(n.rule()));
    List<AuditResult.Note> notes = cluster.notes().stream()
        .map(n -> new AuditResult.Note(n.at().file(), n.at().span(), n.text())).distinct().toList();
    return new AuditResult(found.sorted(), sources, notEvaluated, notes);
  }

  private void lint(AuditedCluster cluster, Set<String> evaluated, Diagnostics found) {
    SourceFile reconstructed = new SourceFile("(reconstructed spec)", "");
    ParsedDocument document = new ParsedDocument(reconstructed, cluster.document(), new SourceMap());
    Diagnostics pipeline = new Diagnostics();
    validator.validate(document, pipeline);
    Optional<ResolvedSpec> spec = pipeline.hasErrors() ? Optional.empty() : resolver.resolve(document, pipeline);
    spec.ifPresent(s -> linter.lint(s, pipeline));
    for (Diagnostic d : pipeline.all()) {
      if (d.code().startsWith("RHC0")
          || evaluated.contains(d.code()) && !RuleInputs.CHECKED_ON_MATERIAL.contains(d.code())) {
        Located at = cluster.locate(d.path());
        found.add(new Diagnostic(d.severity(), d.code(), d.path(), at.file(), at.span(), d.summary(), d.detail(),
            AuditHints.of(d.code(), d.path(), d.hint())));
      }
    }
  }
}
