package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
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

/**
 * Compiles a batch of specs for some targets in one JVM and says where each target's files go:
 * with one spec and one target, straight into the output directory; otherwise into
 * {@code out/<spec name>/<target>}. Shared by {@code compile} (writes) and {@code plan} (diffs).
 */
final class BatchCompiler {
  /** The files of one target of one spec, and the directory they belong in. */
  record Output(Path dir, List<Artifact> artifacts) {}

  /** Everything the batch produced. */
  record Result(List<Output> outputs, int code, int specs, int failed) {}

  private final Compiler compiler = new Compiler();
  private final DiagnosticPrinter printer;
  private final PrintWriter err;
  private final Progress progress;

  BatchCompiler(DiagnosticPrinter printer, PrintWriter err, Progress progress) {
    this.printer = printer;
    this.err = err;
    this.progress = progress;
  }

  Result run(List<Path> files, List<Target> targets, Path out) {
    boolean flat = files.size() == 1 && targets.size() == 1;
    Map<String, Path> seenNames = new HashMap<>();
    List<Output> outputs = new ArrayList<>();
    int code = ExitCodes.OK;
    int failed = 0;
    for (Path file : files) {
      progress.show(file);
      SpecInputs.Input input = SpecInputs.read(file, err);
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
      CompilationResult result = compiler.compile(input.source().get(), targets);
      List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
      result.spec().flatMap(s -> duplicateName(s.spec().name(), file, seenNames))
          .map(d -> d.withLocation(file.toString(), null)).ifPresent(diagnostics::add);
      printer.print(diagnostics, input.source());
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        code = ExitCodes.worst(code, ExitCodes.SPEC_ERRORS);
        failed++;
        continue;
      }
      String name = result.spec().orElseThrow().spec().name();
      for (Target target : targets) {
        Path dir = flat ? out : out.resolve(name).resolve(target.id());
        outputs.add(new Output(dir, result.artifacts().getOrDefault(target.id(), List.of())));
      }
    }
    progress.clear();
    return new Result(outputs, code, files.size(), failed);
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
