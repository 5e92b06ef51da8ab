package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import io.rhc.rollout.AdoptPlanner;
import io.rhc.rollout.AdoptSource;
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
          + " check before the next step. Both specs must lint clean. With --adopt HOST:PORT and one spec (NEW),"
          + " plan moving a running standalone or Sentinel-managed Redis into the freshly deployed NEW cluster"
          + " instead.")
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

  private final Arg<String> adopt = Arg.option(spec, OptionSpec.builder("--adopt").paramLabel("HOST:PORT")
      .type(String.class).description("The master of a running Redis (standalone or Sentinel-managed) whose data"
          + " the NEW cluster takes over; give NEW only. The script reaches it from where it runs, and so must"
          + " node 0."));

  private final Arg<List<String>> adoptSentinels = Arg.option(spec, OptionSpec.builder("--adopt-sentinel")
      .paramLabel("HOST:PORT").type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>())
      .description("A sentinel that watches the adopted master (repeat for each): its group is removed before the"
          + " switch. Needs --adopt-master-name."));

  private final Arg<String> adoptMasterName = Arg.option(spec, OptionSpec.builder("--adopt-master-name")
      .paramLabel("NAME").type(String.class).description("The master group name the adopted sentinels use."));

  private final Arg<Path> old = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("OLD").index("0").arity("1")
      .type(Path.class).description("The spec the cluster runs now (with --adopt: NEW, the cluster to move into)."));

  private final Arg<Path> next = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("NEW").index("1").arity("0..1")
      .type(Path.class).description("The spec it should run."));

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = DiagnosticPrinter.text(OutputOptions.useColor(color.value()), err);
    if (adopt.value() != null) {
      return adopt(printer, err);
    }
    if (next.value() == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'NEW' (or give --adopt HOST:PORT"
          + " with one spec)");
    }
    if (!adoptSentinels.value().isEmpty() || adoptMasterName.value() != null) {
      throw new ParameterException(spec.commandLine(), "--adopt-sentinel and --adopt-master-name need --adopt");
    }
    Optional<CompilationResult> before = check(old.value(), printer, err);
    Optional<CompilationResult> after = check(next.value(), printer, err);
    if (before.isEmpty() || after.isEmpty()) {
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, printer.finish());
    }
    var newSpec = after.get().spec().orElseThrow().spec();
    ClusterCommands commands = commandsFor(newSpec);
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

  private int adopt(DiagnosticPrinter printer, PrintWriter err) {
    if (next.value() != null) {
      throw new ParameterException(spec.commandLine(), "--adopt takes one spec, the new cluster's, not OLD and NEW");
    }
    AdoptSource source = source();
    Optional<CompilationResult> result = check(old.value(), printer, err);
    if (result.isEmpty()) {
      return ExitCodes.worst(ExitCodes.SPEC_ERRORS, printer.finish());
    }
    var newSpec = result.get().spec().orElseThrow().spec();
    ClusterCommands commands = commandsFor(newSpec);
    RolloutPlan plan = new AdoptPlanner().plan(source, newSpec, commands);
    int written = printer.finish();
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.value() == Format.JSON ? RolloutJson.render(plan, commands)
        : RolloutText.renderSteps(plan, "adopt " + source.address() + " -> " + old.value() + " (" + commands.id()
            + ")\n"));
    out.flush();
    if (script.value() != null) {
      Path file = script.value().resolve("adopt.sh");
      try {
        OutputWriter.replaceFile(file, RolloutScript.renderAdopt(plan, source, newSpec, commands));
      } catch (IOException e) {
        err.println("rhc: cannot write " + file + ": " + e.getMessage());
        return ExitCodes.IO;
      }
      err.println("rhc: wrote " + file + " (RHC_OLD_PASSWORD / RHC_NEW_PASSWORD when the servers need them; rerun to"
          + " resume)");
    }
    return written;
  }

  private AdoptSource source() {
    HostPort master = hostPort("--adopt", adopt.value());
    List<String> sentinels = new ArrayList<>();
    for (String s : adoptSentinels.value()) {
      sentinels.add(hostPort("--adopt-sentinel", s).text());
    }
    if (!sentinels.isEmpty() && adoptMasterName.value() == null) {
      throw new ParameterException(spec.commandLine(), "--adopt-sentinel needs --adopt-master-name: the group to"
          + " remove from those sentinels");
    }
    return new AdoptSource(master.host(), master.port(), sentinels, Optional.ofNullable(adoptMasterName.value()));
  }

  private record HostPort(String host, int port) {
    String text() {
      return host + ":" + port;
    }
  }

  private HostPort hostPort(String option, String value) {
    int colon = value.lastIndexOf(':');
    try {
      int port = Integer.parseInt(value.substring(colon + 1));
      if (colon > 0 && port > 0 && port < 65536 && value.substring(0, colon).matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
        return new HostPort(value.substring(0, colon), port);
      }
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      // reported below
    }
    throw new ParameterException(spec.commandLine(), option + " must be HOST:PORT (for example redis.internal:6379),"
        + " not " + value);
  }

  private ClusterCommands commandsFor(io.rhc.model.Spec newSpec) {
    return target.value() != null ? target(target.value())
        : newSpec.systemd().isPresent() ? ClusterCommands.SYSTEMD : ClusterCommands.KUBERNETES;
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
