package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.explain.ExplainRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code rhc explain FILE}: the resolved spec, where each value came from, and the memory budget. */
final class ExplainCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "explain")
      .description("Print the resolved spec with the origin of every value (set, default, derived) and the"
          + " memory budget of a data node.")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final Arg<Path> file = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("FILE").arity("1")
      .type(Path.class).description("Spec file."));

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    SpecInputs.Input input = SpecInputs.read(file.value(), err);
    if (input.ioFailed()) {
      return ExitCodes.IO;
    }
    if (input.rejection().isPresent()) {
      printer.print(List.of(input.rejection().get()), Optional.empty());
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, printer.finish());
    }
    CompilationResult result = new Compiler().validate(input.source().get());
    printer.print(result.diagnostics(), input.source());
    int written = printer.finish();
    if (result.spec().isEmpty()) {
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, written);
    }
    output.humanOut().print(new ExplainRenderer().render(result.spec().get()));
    output.humanOut().flush();
    return ExitCodes.worst(result.hasErrors() ? ExitCodes.SPEC_ERRORS : ExitCodes.OK, written);
  }
}
