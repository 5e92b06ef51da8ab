package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.ImportResult;
import io.rhc.Importer;
import io.rhc.diag.Diagnostic;
import io.rhc.emit.OutputWriter;
import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code rhc import PATH... [-o FILE]}: the spec that reproduces the deployment material, every value commented. */
final class ImportCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "import")
      .description("Write the spec that reproduces the deployment material you run: host directories, Kubernetes"
          + " manifests (or `-` for `kubectl kustomize` / `helm template` output on stdin), a compose file, or the"
          + " values file of the DandyDeveloper redis-ha or Bitnami redis chart. It reads them as `rhc audit` does;"
          + " every value it maps names its source file:line, what it cannot map is listed with the reason, and what"
          + " the files do not show is marked \"not in the material: choose\". The spec is checked (validate, lint,"
          + " compile for its target) before it is written.")
      .exitCodes("0:the spec was written", "1:the material has errors (nothing written), or the spec written still"
              + " has errors, listed, that only a choice of yours fixes (a third host for an odd sentinel count)",
          "2:usage error", "3:I/O error", "4:internal error")
      .spec();

  private final Arg<Path> output = Arg.option(spec, OptionSpec.builder("-o", "--output").paramLabel("FILE")
      .type(Path.class).description("Write the spec to FILE, replaced atomically, instead of stdout (`-` is stdout)."));

  private final Arg<OutputOptions.Color> color = Arg.option(spec, OptionSpec.builder("--color").paramLabel("WHEN")
      .type(OutputOptions.Color.class).defaultValue("auto")
      .description("Colour diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));

  private final Arg<List<String>> arguments = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("PATH")
      .arity("1..*").type(List.class).auxiliaryTypes(String.class)
      .description("Host directories (one per host), manifest, compose or chart values files, directories of"
          + " manifests, or `-` for YAML on stdin."));

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    MaterialPaths material = MaterialPaths.of(spec.commandLine(), arguments.value());
    ImportResult result = new Importer().importFrom(material.paths(), arguments.value(), material.stdin());
    DiagnosticPrinter printer = DiagnosticPrinter.text(OutputOptions.useColor(color.value()), err);
    List<Diagnostic> problems = new ArrayList<>(result.diagnostics());
    if (result.spec().isEmpty()) {
      print(printer, problems, result, result.spec());
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, printer.finish());
    }
    if (!result.hasErrors()) {
      problems.addAll(compile(result.spec().get(), result.target()));
    }
    String text = result.spec().get();
    Optional<Path> file = Optional.ofNullable(output.value()).filter(p -> !p.toString().equals("-"));
    if (file.isEmpty()) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      OutputWriter.replaceFile(file.get(), text);
      err.println("wrote " + file.get() + result.target().map(t -> " (" + t + ")").orElse(""));
    }
    print(printer, problems, result, result.spec());
    int code = printer.finish();
    return problems.stream().anyMatch(Diagnostic::isError) ? ExitCodes.worst(code, ExitCodes.SPEC_ERRORS) : code;
  }

  /** The imported spec through the whole pipeline for the target its material is for: it must compile. */
  private static List<Diagnostic> compile(String text, Optional<String> targetId) {
    List<Target> targets = targetId.flatMap(id -> TargetRegistry.load().find(id)).map(List::of).orElse(List.of());
    CompilationResult compiled = new Compiler().compile(new SourceFile(ImportResult.IMPORTED, text), targets);
    return compiled.diagnostics().stream().filter(Diagnostic::isError).map(compiled::locate).toList();
  }

  private static void print(DiagnosticPrinter printer, List<Diagnostic> problems, ImportResult result,
      Optional<String> imported) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    problems.forEach(d -> byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
    byFile.forEach((name, found) -> printer.print(found, name.equals(ImportResult.IMPORTED)
        ? imported.map(t -> new SourceFile(ImportResult.IMPORTED, t))
        : Optional.ofNullable(result.sources().get(name))));
  }
}
