package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.drill.Drill;
import io.rhc.drill.DrillException;
import io.rhc.drill.DrillReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code rhc drill SPEC}: boot the cluster locally, inject faults, measure, and gate on the spec's objectives. */
final class DrillCommand implements Callable<Integer> {
  static final int UNAVAILABLE = 5;
  static final int BOOT_FAILED = 6;

  final CommandSpec spec = CommandModel.of(this, "drill")
      .description("Boot the cluster on this machine (one network namespace per host, the real redis-server, "
          + "redis-sentinel and haproxy), inject faults, measure write unavailability and lost acknowledged "
          + "writes, and check the objectives in `spec.drill`. Needs root.",
          "Specs without `spec.systemd` are drilled on a synthesized host layout named like their target names "
              + "things; every target ships the same runtime scripts and configs.",
          "Scenarios: master-crash, graceful-stop, master-new-ip, crash-fast-restart, one-sentinel-down, "
              + "sentinel-majority-down, partition.")
      .exitCodes("0:every run met its objectives", "1:the spec has errors, or a run broke an objective",
          "2:usage error", "3:I/O error (the report could not be written)", "4:internal error",
          "5:this machine cannot run a drill (not root, no network namespaces, programs missing)",
          "6:the cluster did not boot")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final Arg<Path> file = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("SPEC").arity("1")
      .type(Path.class).description("The spec file."));

  private final Arg<List<String>> scenarios = Arg.option(spec, OptionSpec.builder("--scenario").paramLabel("NAME")
      .type(List.class).auxiliaryTypes(String.class).initialValue(List.of())
      .description("A scenario to run (repeatable); default: `spec.drill.scenarios`, else all."));

  private final Arg<Integer> runs = Arg.option(spec, OptionSpec.builder("--runs").paramLabel("N").type(int.class)
      .defaultValue("1").description("Runs per scenario (default 1)."));

  private final Arg<Path> reportDir = Arg.option(spec, OptionSpec.builder("--report").paramLabel("DIR")
      .type(Path.class).description("Write report.txt, report.json and timeline.svg into DIR."));

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = output.humanOut();
    SpecInputs.Input input = SpecInputs.read(file.value(), err);
    if (input.ioFailed()) {
      return ExitCodes.IO;
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    if (input.rejection().isPresent()) {
      printer.print(List.of(input.rejection().get()), Optional.empty());
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, printer.finish());
    }
    CompilationResult result = new Compiler().check(input.source().get());
    printer.print(result.diagnostics(), input.source());
    int written = printer.finish();
    if (result.hasErrors() || written != ExitCodes.OK) {
      return ExitCodes.worst(result.hasErrors() ? ExitCodes.SPEC_ERRORS : ExitCodes.OK, written);
    }
    DrillReport report;
    try {
      report = new Drill(line -> {
        err.println("drill: " + line);
        err.flush();
      }).run(result.spec().orElseThrow(), scenarios.value(), runs.value());
    } catch (DrillException e) {
      err.println("rhc drill: " + e.getMessage());
      return switch (e.kind()) {
        case USAGE -> ExitCodes.USAGE;
        case UNAVAILABLE -> UNAVAILABLE;
        case FAILED -> BOOT_FAILED;
      };
    }
    out.print(report.text());
    out.flush();
    Path reportDir = this.reportDir.value();
    if (reportDir != null) {
      try {
        report.write(reportDir);
      } catch (IOException e) {
        err.println("rhc drill: cannot write the report to " + reportDir + ": " + e.getMessage());
        return ExitCodes.IO;
      }
    }
    return report.passed() ? ExitCodes.OK : ExitCodes.SPEC_ERRORS;
  }
}
