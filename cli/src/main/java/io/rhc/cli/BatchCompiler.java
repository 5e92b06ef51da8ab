package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.diag.Diagnostic;
import io.rhc.emit.Artifact;
import io.rhc.emit.Target;
import io.rhc.path.SpecPath;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Compiles a batch of specs for some targets in one JVM and says where each target's files go:
 * with one spec and one target, straight into the output directory; otherwise into
 * {@code out/<spec name>/<target>}. Shared by {@code compile} (writes) and {@code plan} (diffs).
 */
final class BatchCompiler {
  /** The files of one target of one spec, and the directory they belong in. */
  record Output(Path dir, List<Artifact> artifacts) {}

  /** How the batch ended: its exit code, the specs read and how many of them failed. */
  record Result(int code, int specs, int failed) {}

  private final DiagnosticPrinter printer;
  private final PrintWriter err;
  private final Progress progress;

  BatchCompiler(DiagnosticPrinter printer, PrintWriter err, Progress progress) {
    this.printer = printer;
    this.err = err;
    this.progress = progress;
  }

  /**
   * Compiles the specs, several at a time on a multi-core machine, and hands each output to {@code sink}
   * as soon as its spec is done. Everything visible happens on the
   * calling thread in file order: progress, diagnostics, duplicate-name errors and the sink calls, so
   * messages and outputs are the same as one spec after another.
   */
  Result run(List<Path> files, List<Target> targets, Path out, Consumer<Output> sink) {
    boolean flat = files.size() == 1 && targets.size() == 1;
    Map<String, Path> seenNames = new HashMap<>();
    int code = ExitCodes.OK;
    int failed = 0;
    try (Ahead ahead = new Ahead(files, (compiler, source) -> compiler.compile(source, targets))) {
      for (Path file : files) {
        progress.show(file);
        Ahead.Compiled compiled = ahead.next();
        compiled.printReadErrors(err);
        SpecInputs.Input input = compiled.input();
        if (input.ioFailed()) {
          code = ExitCodes.worst(code, ExitCodes.IO);
          failed++;
          continue;
        }
        if (input.rejection().isPresent()) {
          printer.print(List.of(input.rejection().get()), Optional.empty());
          code = ExitCodes.worst(code, ExitCodes.SPEC_ERRORS);
          failed++;
          continue;
        }
        CompilationResult result = compiled.result();
        List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
        result.spec().flatMap(s -> duplicateName(s.spec().name(), file, seenNames))
            .map(d -> d.withLocation(SpecInputs.displayName(file), null)).ifPresent(diagnostics::add);
        printer.print(diagnostics, input.source());
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
          code = ExitCodes.worst(code, ExitCodes.SPEC_ERRORS);
          failed++;
          continue;
        }
        String name = result.spec().orElseThrow().spec().name();
        for (Target target : targets) {
          Path dir = flat ? out : out.resolve(name).resolve(target.id());
          sink.accept(new Output(dir, result.artifacts().getOrDefault(target.id(), List.of())));
        }
      }
    }
    progress.clear();
    return new Result(code, files.size(), failed);
  }

  private static Optional<Diagnostic> duplicateName(String name, Path file, Map<String, Path> seen) {
    Path first = seen.putIfAbsent(name, file);
    if (first == null) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.error("RHC0213", SpecPath.root().at("metadata").at("name"),
        "Cluster name `" + name + "` is already used by " + first + " in this batch",
        "Give every spec its own `metadata.name`: output directories and host names derive from it."));
  }
}
