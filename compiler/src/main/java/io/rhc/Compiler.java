package io.rhc;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.emit.Target;
import io.rhc.emit.check.ArtifactChecks;
import io.rhc.lint.Linter;
import io.rhc.model.ResolvedSpec;
import io.rhc.parse.ParsedDocument;
import io.rhc.parse.YamlLoader;
import io.rhc.resolve.Resolver;
import io.rhc.source.SourceFile;
import io.rhc.source.SourceMap;
import io.rhc.validate.SchemaValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline facade: parse, validate, resolve, lint, then emit. Stops after the first stage
 * that recorded an error and returns everything collected so far.
 */
public final class Compiler {
  private final YamlLoader loader = new YamlLoader();
  private final SchemaValidator validator = new SchemaValidator();
  private final Resolver resolver = new Resolver();
  private final Linter linter = new Linter();

  /** Parse, validate and resolve: shape and cross-field errors, no lint rules. */
  public CompilationResult validate(SourceFile file) {
    return run(file, List.of(), false);
  }

  /** Parse, validate, resolve and lint; no output. */
  public CompilationResult check(SourceFile file) {
    return run(file, List.of(), true);
  }

  /** The whole pipeline; artifacts only when no stage (lint or target) reported an error. */
  public CompilationResult compile(SourceFile file, List<Target> targets) {
    return run(file, targets, true);
  }

  private CompilationResult run(SourceFile file, List<Target> targets, boolean lint) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<ParsedDocument> document = loader.load(file, diagnostics);
    if (document.isEmpty() || diagnostics.hasErrors()) {
      return result(file, null, Optional.empty(), diagnostics, Map.of());
    }
    SourceMap map = document.get().sourceMap();
    validator.validate(document.get(), diagnostics);
    if (diagnostics.hasErrors()) {
      return result(file, map, Optional.empty(), diagnostics, Map.of());
    }
    Optional<ResolvedSpec> spec = resolver.resolve(document.get(), diagnostics);
    if (spec.isEmpty() || diagnostics.hasErrors()) {
      return result(file, map, spec, diagnostics, Map.of());
    }
    if (!lint) {
      return result(file, map, spec, diagnostics, Map.of());
    }
    linter.lint(spec.get(), diagnostics);
    if (diagnostics.hasErrors() || targets.isEmpty()) {
      return result(file, map, spec, diagnostics, Map.of());
    }
    Map<String, List<Artifact>> artifacts = new LinkedHashMap<>();
    for (Target target : targets) {
      List<Artifact> files = new ArrayList<>(target.emit(spec.get().spec(), new EmitContext(diagnostics)));
      files.sort(Comparator.comparing(Artifact::path));
      ArtifactChecks.run(target.id(), files, diagnostics);
      artifacts.put(target.id(), List.copyOf(files));
      target.unsupported(spec.get().spec()).forEach(u -> diagnostics.add(
          Diagnostic.of(io.rhc.diag.Severity.WARNING, u.code(), u.path(), u.summary(), u.hint())));
    }
    return result(file, map, spec, diagnostics, diagnostics.hasErrors() ? Map.of() : artifacts);
  }

  private static CompilationResult result(
      SourceFile file, SourceMap map, Optional<ResolvedSpec> spec, Diagnostics diagnostics,
      Map<String, List<Artifact>> artifacts) {
    CompilationResult raw = new CompilationResult(file, spec, List.of(), artifacts, Optional.ofNullable(map));
    Diagnostics located = new Diagnostics();
    diagnostics.all().forEach(d -> located.add(raw.locate(d)));
    return new CompilationResult(file, spec, located.sorted(), artifacts, Optional.ofNullable(map));
  }
}
