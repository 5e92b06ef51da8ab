package io.rhc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The spec, target and output arguments shared by {@code compile} and {@code plan}. */
final class BatchOptions {
  @Option(names = {"-t", "--target"}, required = true, split = ",", paramLabel = "TARGET",
      description = "Target id (see `rhc targets`) or `all`; repeat or separate with commas.")
  List<String> targetIds;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Parameters(paramLabel = "SPEC", arity = "1..*", description = "Spec files, directories (searched for *.yaml and"
      + " *.yml) or quoted glob patterns.")
  List<String> specs;

  BatchCompiler.Result run(CommandSpec command, DiagnosticPrinter printer, PrintWriter err, boolean terminal) {
    var targets = TargetSelection.select(targetIds, command.commandLine());
    List<Path> files = files(command);
    return new BatchCompiler(printer, err, new Progress(err, files.size(), terminal)).run(files, targets, out);
  }

  /** Like {@link #run(CommandSpec, DiagnosticPrinter, PrintWriter, boolean)}, handing each output to {@code sink}. */
  BatchCompiler.Result run(CommandSpec command, DiagnosticPrinter printer, PrintWriter err, boolean terminal,
      Consumer<BatchCompiler.Output> sink) {
    var targets = TargetSelection.select(targetIds, command.commandLine());
    List<Path> files = files(command);
    return new BatchCompiler(printer, err, new Progress(err, files.size(), terminal)).run(files, targets, out, sink);
  }

  private List<Path> files(CommandSpec command) {
    List<Path> files = SpecFiles.expand(specs);
    if (files.isEmpty()) {
      throw new ParameterException(command.commandLine(), "No spec files found in " + specs);
    }
    return files;
  }
}
