package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.lint.Linter;
import io.rhc.model.ResolvedSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code rhc lint FILE...}: every check, many files in one JVM (the pre-commit and CI entry point). */
final class LintCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "lint")
      .description("Validate specs and run every lint rule over them, including rules across the specs given"
          + " together (a master group name used twice). `rhc rules` lists the rules.")
      .exitCodes("0:no errors (warnings and infos allowed)", "1:errors, or warnings with --warnings-as-errors",
          "2:usage error", "3:I/O error", "4:internal error")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final Arg<Boolean> warningsAsErrors =
      Arg.flag(spec, "--warnings-as-errors", "Exit 1 when any warning is reported.");

  private final Arg<List<String>> arguments = SpecFiles.arguments(spec);

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    List<Path> files = SpecFiles.expand(arguments.value());
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "No spec files found in " + arguments.value());
    }
    int code = ExitCodes.OK;
    List<CompilationResult> results = new ArrayList<>();
    List<List<Diagnostic>> perFile = new ArrayList<>();
    List<Optional<Diagnostic>> rejections = new ArrayList<>();
    // specs are checked on every core; results are taken (and read errors printed) in file order
    try (Ahead ahead = new Ahead(files, Compiler::check)) {
      for (int i = 0; i < files.size(); i++) {
        Ahead.Compiled compiled = ahead.next();
        compiled.printReadErrors(err);
        SpecInputs.Input input = compiled.input();
        if (input.ioFailed()) {
          code = ExitCodes.worst(code, ExitCodes.IO);
          continue;
        }
        if (input.rejection().isPresent()) {
          rejections.add(input.rejection());
          continue;
        }
        CompilationResult result = compiled.result();
        results.add(result);
        perFile.add(new ArrayList<>(result.diagnostics()));
      }
    }
    addCrossSpecFindings(results, perFile);
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    rejections.forEach(r -> printer.print(List.of(r.get()), Optional.empty()));
    for (int i = 0; i < results.size(); i++) {
      printer.print(perFile.get(i), Optional.of(results.get(i).source()));
    }
    code = ExitCodes.worst(code, printer.finish());
    if (printer.errors() > 0 || (warningsAsErrors.value() && printer.warnings() > 0)) {
      code = ExitCodes.worst(code, ExitCodes.SPEC_ERRORS);
    }
    return code;
  }

  private static void addCrossSpecFindings(List<CompilationResult> results, List<List<Diagnostic>> perFile) {
    List<Integer> owners = new ArrayList<>();
    List<ResolvedSpec> resolved = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).spec().isPresent()) {
        owners.add(i);
        resolved.add(results.get(i).spec().get());
      }
    }
    List<Diagnostics> across = new Linter().lintAcross(resolved);
    for (int k = 0; k < across.size(); k++) {
      int owner = owners.get(k);
      across.get(k).all().forEach(d -> perFile.get(owner).add(results.get(owner).locate(d)));
    }
  }
}
