package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rhc validate FILE...}: YAML, schema and cross-field checks (no lint rules). */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check specs against the schema and the cross-field rules. Lint rules are `rhc lint`.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every spec is valid", "1:a spec has errors", "2:usage error", "3:I/O error",
        "4:internal error"})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Spec files, directories or quoted glob patterns.")
  List<String> arguments;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(output, err);
    Compiler compiler = new Compiler();
    int code = ExitCodes.OK;
    List<Path> files = SpecFiles.expand(arguments);
    if (files.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "No spec files found in " + arguments);
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
      } else if (output.format == OutputOptions.Format.TEXT) {
        spec.commandLine().getOut().println(file + ": valid");
      }
    }
    printer.finish();
    return code;
  }
}
