package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.emit.Artifact;
import io.rhc.emit.OutputWriter;
import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import io.rhc.path.SpecPath;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rhc compile SPEC... --target T --out DIR}. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile specs into deployment files. A spec with errors (schema, cross-field or lint) writes"
        + " nothing. With one spec and one target, DIR receives that target's files; otherwise each spec and"
        + " target gets DIR/<spec name>/<target>/. Each output directory is replaced atomically: a failed compile"
        + " leaves the previous one untouched.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every spec compiled", "1:a spec has errors (the others are still written)",
        "2:usage error", "3:I/O error", "4:internal error"})
final class CompileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Option(names = {"-t", "--target"}, required = true, split = ",", paramLabel = "TARGET",
      description = "Target id (see `rhc targets`) or `all`; repeat or separate with commas.")
  List<String> targetIds;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Parameters(paramLabel = "SPEC", arity = "1..*", description = "Spec files, directories (searched for *.yaml and"
      + " *.yml) or quoted glob patterns.")
  List<String> specs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Target> targets = selectTargets();
    List<Path> files = SpecFiles.expand(specs);
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "No spec files found in " + specs);
    }
    boolean flat = files.size() == 1 && targets.size() == 1;
    DiagnosticPrinter printer = new DiagnosticPrinter(output, err);
    Progress progress = new Progress(err, files.size(), output.useColor());
    Compiler compiler = new Compiler();
    Map<String, Path> seenNames = new HashMap<>();
    int code = ExitCodes.OK;
    int written = 0;
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
      result.spec().ifPresent(s -> duplicateName(s.spec().name(), file, seenNames)
          .map(d -> d.withLocation(file.toString(), null)).ifPresent(diagnostics::add));
      printer.print(diagnostics, input.source());
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        code = ExitCodes.worst(code, ExitCodes.SPEC_ERRORS);
        failed++;
        continue;
      }
      String name = result.spec().orElseThrow().spec().name();
      try {
        for (Map.Entry<String, List<Artifact>> entry : result.artifacts().entrySet()) {
          Path dir = flat ? out : out.resolve(name).resolve(entry.getKey());
          OutputWriter.replaceDirectory(dir, entry.getValue());
          written += entry.getValue().size();
        }
      } catch (IOException e) {
        err.println("rhc: cannot write " + out + ": " + e.getMessage());
        code = ExitCodes.worst(code, ExitCodes.IO);
        failed++;
      }
    }
    progress.clear();
    printer.finish();
    spec.commandLine().getOut().printf("compiled %d of %d spec%s to %s (%d files)%s%n", files.size() - failed,
        files.size(), files.size() == 1 ? "" : "s", out, written, failed > 0 ? "; " + failed + " failed" : "");
    return code;
  }

  private List<Target> selectTargets() {
    TargetRegistry registry = TargetRegistry.load();
    if (targetIds.contains("all")) {
      return registry.all();
    }
    List<Target> selected = new ArrayList<>();
    for (String id : targetIds) {
      Target target = registry.find(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "Unknown target '" + id + "'. Known targets: " + String.join(", ", registry.ids()) + ", all"));
      if (!selected.contains(target)) {
        selected.add(target);
      }
    }
    return selected;
  }

  private static Optional<Diagnostic> duplicateName(String name, Path file, Map<String, Path> seen) {
    Path first = seen.putIfAbsent(name, file);
    if (first == null) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.error("RHC0212", SpecPath.root().at("metadata").at("name"),
        "Cluster name `" + name + "` is already used by " + first + " in this batch",
        "Give every spec its own `metadata.name`: output directories and host names derive from it."));
  }
}
