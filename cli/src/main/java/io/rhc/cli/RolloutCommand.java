package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import io.rhc.rollout.ClassifiedChange;
import io.rhc.rollout.ClusterCommands;
import io.rhc.rollout.RolloutPlan;
import io.rhc.rollout.RolloutPlanner;
import io.rhc.rollout.RolloutScript;
import io.rhc.emit.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code rhc rollout OLD NEW}: the ordered steps that take a running cluster from one spec to the next. */
final class RolloutCommand implements Callable<Integer> {
  static final String REFUSED = "RHC0301";

  final CommandSpec spec = CommandModel.of(this, "rollout")
      .description("Compare the spec a cluster runs (OLD) with the one it should run (NEW), value by resolved value,"
          + " and print the plan: each changed setting classified (live, proxy reload, topology, rolling restart,"
          + " guided, refused) and the steps, in the order that keeps writes flowing, with the commands and the"
          + " check before the next step. Both specs must lint clean.")
      .exitCodes("0:a plan that can be run (or nothing to change)", "1:a spec has errors, or a change is refused",
          "2:usage error", "3:I/O error", "4:internal error")
      .spec();

  /** How the plan is printed. */
  enum Format {
    TEXT,
    JSON
  }

  private final Arg<Format> format = Arg.option(spec, OptionSpec.builder("--format").paramLabel("FORMAT")
      .type(Format.class).defaultValue("text").description("The plan as ${COMPLETION-CANDIDATES} (default:"
          + " ${DEFAULT-VALUE}) on stdout; diagnostics are text on stderr."));

  private final Arg<OutputOptions.Color> color = Arg.option(spec, OptionSpec.builder("--color").paramLabel("WHEN")
      .type(OutputOptions.Color.class).defaultValue("auto")
      .description("Colour diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));

  private final Arg<String> target = Arg.option(spec, OptionSpec.builder("-t", "--target").paramLabel("TARGET")
      .type(String.class).description("kubernetes, compose or systemd: how the commands reach the processes"
          + " (default: systemd when NEW lists systemd hosts, else kubernetes)."));

  private final Arg<Path> script = Arg.option(spec, OptionSpec.builder("--script").paramLabel("DIR")
      .type(Path.class).description("Also write DIR/rollout.sh: the plan as a resumable script that stops at the"
          + " first failed check (needs RHC_OUT, the directory `rhc compile NEW` wrote)."));

  private final Arg<Path> old = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("OLD").arity("1")
      .type(Path.class).description("The spec the cluster runs now."));

  private final Arg<Path> next = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("NEW").arity("1")
      .type(Path.class).description("The spec it should run."));

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = DiagnosticPrinter.text(OutputOptions.useColor(color.value()), err);
    Optional<CompilationResult> before = check(old.value(), printer, err);
    Optional<CompilationResult> after = check(next.value(), printer, err);
    if (before.isEmpty() || after.isEmpty()) {
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, printer.finish());
    }
    var newSpec = after.get().spec().orElseThrow().spec();
    ClusterCommands commands = target.value() != null ? target(target.value())
        : newSpec.systemd().isPresent() ? ClusterCommands.SYSTEMD : ClusterCommands.KUBERNETES;
    RolloutPlan plan = new RolloutPlanner().plan(before.get().spec().orElseThrow().spec(), newSpec, commands);
    List<Diagnostic> refusals = new ArrayList<>();
    for (ClassifiedChange c : plan.refused()) {
      refusals.add(after.get().locate(Diagnostic.error(REFUSED, SpecPath.parse(c.change().path().replaceAll(
          "\\[(\\d+)]", ".$1")), "`" + c.change().path() + "` (" + c.change().describe() + ") cannot be rolled out on"
          + " a running cluster", c.why())));
    }
    printer.print(refusals, Optional.of(after.get().source()));
    int written = printer.finish();
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.value() == Format.JSON ? RolloutJson.render(plan, commands)
        : RolloutText.render(plan, commands, old.value().toString(), next.value().toString()));
    out.flush();
    if (!plan.refused().isEmpty()) {
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, written);
    }
    if (script.value() != null && !plan.steps().isEmpty()) {
      Path file = script.value().resolve("rollout.sh");
      try {
        OutputWriter.replaceFile(file, RolloutScript.render(plan, before.get().spec().orElseThrow().spec(), newSpec,
            commands));
      } catch (IOException e) {
        err.println("rhc: cannot write " + file + ": " + e.getMessage());
        return ExitCodes.IO;
      }
      err.println("rhc: wrote " + file + " (run it with RHC_OUT set to the compiled NEW; rerun to resume)");
    }
    return written;
  }

  private ClusterCommands target(String id) {
    try {
      return ClusterCommands.of(id);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--target must be kubernetes, compose or systemd, not " + id);
    }
  }

  /** The spec's lint result, or empty (its diagnostics printed) when it has errors or cannot be read. */
  private static Optional<CompilationResult> check(Path file, DiagnosticPrinter printer, PrintWriter err) {
    SpecInputs.Input input = SpecInputs.read(file, err);
    if (input.ioFailed()) {
      return Optional.empty();
    }
    if (input.rejection().isPresent()) {
      printer.print(List.of(input.rejection().get()), Optional.empty());
      return Optional.empty();
    }
    CompilationResult result = new Compiler().check(input.source().get());
    if (result.hasErrors()) {
      printer.print(result.diagnostics(), input.source());
      return Optional.empty();
    }
    return Optional.of(result);
  }
}
