package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.drill.Drill;
import io.rhc.drill.DrillException;
import io.rhc.drill.DrillReport;
import io.rhc.drill.RolloutDrill;
import io.rhc.drill.RolloutReport;
import io.rhc.model.ResolvedSpec;
import java.util.ArrayList;
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
              + "sentinel-majority-down, partition.",
          "With --rollout, boots the first spec and applies each next one with the systemd script `rhc rollout "
              + "--script` generates, step by step, while writes flow through every HAProxy; it reports per step "
              + "the longest stretch without an acknowledged write, writes lost and whether two masters were "
              + "routable, and checks after each change that the running cluster equals the new spec.")
      .exitCodes("0:every run met its objectives", "1:the spec has errors, or a run broke an objective",
          "2:usage error", "3:I/O error (the report could not be written)", "4:internal error",
          "5:this machine cannot run a drill (not root, no network namespaces, programs missing)",
          "6:the cluster did not boot")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final Arg<List<Path>> files = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("SPEC")
      .arity("1..*").type(List.class).auxiliaryTypes(Path.class)
      .description("The spec file; with --rollout, the running spec and then each spec to apply, in order."));

  private final Arg<Boolean> rollout = Arg.flag(spec, "--rollout", "Drill the change from the first spec to each "
      + "next one, as `rhc rollout` plans it (see above); --scenario and --runs do not apply.");

  private final Arg<List<String>> scenarios = Arg.option(spec, OptionSpec.builder("--scenario").paramLabel("NAME")
      .type(List.class).auxiliaryTypes(String.class).initialValue(List.of())
      .description("A scenario to run (repeatable); default: `spec.drill.scenarios`, else all."));

  private final Arg<Integer> runs = Arg.option(spec, OptionSpec.builder("--runs").paramLabel("N").type(int.class)
      .defaultValue("1").description("Runs per scenario (default 1)."));

  private final Arg<Path> reportDir = Arg.option(spec, OptionSpec.builder("--report").paramLabel("DIR")
      .type(Path.class).description("Write report.txt, report.json and timeline.svg into DIR (with --rollout: "
          + "rollout.txt)."));

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> paths = files.value();
    if (rollout.value() ? paths.size() < 2 : paths.size() != 1) {
      err.println(rollout.value() ? "rhc drill --rollout: give the running spec and at least one spec to apply"
          : "rhc drill: give one spec (or --rollout OLD NEW...)");
      return ExitCodes.USAGE;
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    List<ResolvedSpec> resolved = new ArrayList<>();
    boolean errors = false;
    for (Path path : paths) {
      SpecInputs.Input input = SpecInputs.read(path, err);
      if (input.ioFailed()) {
        return ExitCodes.IO;
      }
      if (input.rejection().isPresent()) {
        printer.print(List.of(input.rejection().get()), Optional.empty());
        errors = true;
        continue;
      }
      CompilationResult result = new Compiler().check(input.source().get());
      printer.print(result.diagnostics(), input.source());
      errors |= result.hasErrors();
      result.spec().ifPresent(resolved::add);
    }
    int written = printer.finish();
    if (errors || written != ExitCodes.OK) {
      return ExitCodes.worst(errors ? ExitCodes.SPEC_ERRORS : ExitCodes.OK, written);
    }
    PrintWriter out = output.humanOut();
    java.util.function.Consumer<String> progress = line -> {
      err.println("drill: " + line);
      err.flush();
    };
    String text;
    boolean passed;
    DrillReport report = null;
    try {
      if (rollout.value()) {
        RolloutReport r = new RolloutDrill(progress).run(resolved, paths.stream()
            .map(p -> p.getFileName().toString()).toList());
        text = r.text();
        passed = r.passed();
      } else {
        report = new Drill(progress).run(resolved.get(0), scenarios.value(), runs.value());
        text = report.text();
        passed = report.passed();
      }
    } catch (DrillException e) {
      err.println("rhc drill: " + e.getMessage());
      return switch (e.kind()) {
        case USAGE -> ExitCodes.USAGE;
        case UNAVAILABLE -> UNAVAILABLE;
        case FAILED -> BOOT_FAILED;
      };
    }
    out.print(text);
    out.flush();
    Path reportDir = this.reportDir.value();
    if (reportDir != null) {
      try {
        if (report != null) {
          report.write(reportDir);
        } else {
          java.nio.file.Files.createDirectories(reportDir);
          java.nio.file.Files.writeString(reportDir.resolve("rollout.txt"), text);
        }
      } catch (IOException e) {
        err.println("rhc drill: cannot write the report to " + reportDir + ": " + e.getMessage());
        return ExitCodes.IO;
      }
    }
    return passed ? ExitCodes.OK : ExitCodes.SPEC_ERRORS;
  }
}
