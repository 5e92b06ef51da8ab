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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rhc drill SPEC}: boot the cluster locally, inject faults, measure, and gate on the spec's objectives. */
@Command(name = "drill", mixinStandardHelpOptions = true,
    description = {"Boot the cluster on this machine (one network namespace per host, the real redis-server, "
        + "redis-sentinel and haproxy), inject faults, measure write unavailability and lost acknowledged writes, "
        + "and check the objectives in `spec.drill`. Needs root.",
        "Specs without `spec.systemd` are drilled on a synthesized host layout named like their target names "
            + "things; every target ships the same runtime scripts and configs.",
        "Scenarios: master-crash, graceful-stop, master-new-ip, crash-fast-restart, one-sentinel-down, "
            + "sentinel-majority-down, partition."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every run met its objectives", "1:the spec has errors, or a run broke an objective",
        "2:usage error", "3:I/O error (the report could not be written)", "4:internal error",
        "5:this machine cannot run a drill (not root, no network namespaces, programs missing)",
        "6:the cluster did not boot"})
final class DrillCommand implements Callable<Integer> {
  static final int UNAVAILABLE = 5;
  static final int BOOT_FAILED = 6;

  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Parameters(paramLabel = "SPEC", arity = "1", description = "The spec file.")
  Path file;

  @Option(names = "--scenario", paramLabel = "NAME",
      description = "A scenario to run (repeatable); default: `spec.drill.scenarios`, else all.")
  List<String> scenarios = List.of();

  @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "Runs per scenario (default 1).")
  int runs;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write report.txt, report.json and timeline.svg into DIR.")
  Optional<Path> reportDir = Optional.empty();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    SpecInputs.Input input = SpecInputs.read(file, err);
    if (input.ioFailed()) {
      return ExitCodes.IO;
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(output, err);
    if (input.rejection().isPresent()) {
      printer.print(List.of(input.rejection().get()), Optional.empty());
      printer.finish();
      return ExitCodes.SPEC_ERRORS;
    }
    CompilationResult result = new Compiler().check(input.source().get());
    printer.print(result.diagnostics(), input.source());
    printer.finish();
    if (result.hasErrors()) {
      return ExitCodes.SPEC_ERRORS;
    }
    DrillReport report;
    try {
      report = new Drill(line -> {
        err.println("drill: " + line);
        err.flush();
      }).run(result.spec().orElseThrow(), scenarios, runs);
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
    if (reportDir.isPresent()) {
      try {
        report.write(reportDir.get());
      } catch (IOException e) {
        err.println("rhc drill: cannot write the report to " + reportDir.get() + ": " + e.getMessage());
        return ExitCodes.IO;
      }
    }
    return report.passed() ? ExitCodes.OK : ExitCodes.SPEC_ERRORS;
  }
}
