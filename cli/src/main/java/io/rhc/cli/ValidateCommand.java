package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code rhc validate FILE...}: YAML, schema and cross-field checks (no lint rules). */
final class ValidateCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "validate")
      .description("Check specs against the schema and the cross-field rules. Lint rules are `rhc lint`.")
      .exitCodes("0:every spec is valid", "1:a spec has errors", "2:usage error", "3:I/O error",
          "4:internal error")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final Arg<List<String>> arguments = SpecFiles.arguments(spec);

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    Compiler compiler = new Compiler();
    int code = ExitCodes.OK;
    List<Path> files = SpecFiles.expand(arguments.value());
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "No spec files found in " + arguments.value());
    }
    for (Path file : files) {
      SpecInputs.Input input = SpecInputs.read(file, err);
      if (input.ioFailed()) {
        code = ExitCodes.worst(code, ExitCodes.IO);
        continue;
      }
      if (input.rejection().isPresent()) {
        printer.print(List.of(input.rejection().get()), Optional.empty());
        code = ExitCodes.worst(code, ExitCodes.SPEC_ERRORS);
        continue;
      }
      CompilationResult result = compiler.validate(input.source().get());
      printer.print(result.diagnostics(), input.source());
      if (result.hasErrors()) {
        code = ExitCodes.worst(code, ExitCodes.SPEC_ERRORS);
      } else if (output.format() == OutputOptions.Format.TEXT) {
        spec.commandLine().getOut().println(file + ": valid");
      }
    }
    return ExitCodes.worst(code, printer.finish());
  }
}
