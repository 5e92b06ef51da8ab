package io.rhc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** The spec, target and output arguments shared by {@code compile} and {@code plan}. */
final class BatchOptions {
  static final String STDOUT = "-";

  private final Arg<List<String>> targetIds;
  private final Arg<Path> out;
  private final Arg<List<String>> specs;

  BatchOptions(CommandSpec command) {
    targetIds = Arg.option(command, OptionSpec.builder("-t", "--target").required(true).splitRegex(",")
        .paramLabel("TARGET").type(List.class).auxiliaryTypes(String.class)
        .description("Target id (see `rhc targets`) or `all`; repeat or separate with commas."));
    out = Arg.option(command, OptionSpec.builder("-o", "--out").required(true).paramLabel("DIR").type(Path.class)
        .description(command.name().equals("compile") ? "Output directory, or `-` to print one spec's Kubernetes"
            + " objects to stdout as one YAML stream (for `kubectl apply -f -`)." : "Output directory."));
    specs = Arg.positional(command, PositionalParamSpec.builder().paramLabel("SPEC").arity("1..*")
        .type(List.class).auxiliaryTypes(String.class)
        .description("Spec files, directories (searched for *.yaml and *.yml) or quoted glob patterns; `-` reads"
            + " one spec from stdin."));
  }

  Path out() {
    return out.value();
  }

  /** Whether {@code --out -} asks for the output on stdout. */
  boolean toStdout() {
    return out.value().toString().equals(STDOUT);
  }

  /** Compiles the selected specs to the selected targets, handing each output to {@code sink} in file order. */
  BatchCompiler.Result run(CommandSpec command, DiagnosticPrinter printer, PrintWriter err, boolean terminal,
      Consumer<BatchCompiler.Output> sink) {
    var targets = TargetSelection.select(targetIds.value(), command.commandLine());
    List<Path> files = files(command);
    if (toStdout() && (files.size() != 1 || targets.size() != 1)) {
      throw new ParameterException(command.commandLine(), "--out - prints the output of one spec for one target;"
          + " got " + Counts.of(files.size(), "spec") + " and " + Counts.of(targets.size(), "target"));
    }
    return new BatchCompiler(printer, err, new Progress(err, files.size(), terminal)).run(files, targets, out(), sink);
  }

  private List<Path> files(CommandSpec command) {
    List<Path> files = SpecFiles.expand(specs.value());
    if (files.isEmpty()) {
      throw new ParameterException(command.commandLine(), "No spec files found in " + specs.value());
    }
    return files;
  }
}
