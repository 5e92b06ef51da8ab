package io.rhc.cli;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.DiagnosticFormatter;
import io.rhc.diag.Severity;
import io.rhc.emit.OutputWriter;
import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import io.rhc.source.SourceFile;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.IntStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code rhc init}: writes a commented starter spec that validates, lints clean and compiles for its target. */
final class InitCommand implements Callable<Integer> {
  static final StarterSpec.Target DEFAULT_TARGET = StarterSpec.Target.KUBERNETES;
  static final int DEFAULT_NODES = 3;
  static final String DEFAULT_MEMORY = "1Gi";
  static final StarterSpec.Data DEFAULT_DATA = StarterSpec.Data.MUST_SURVIVE;
  static final String DEFAULT_NAME = "redis-ha";

  final CommandSpec spec = CommandModel.of(this, "init")
      .description("Write a commented starter spec: every value it sets says why. It validates, lints without"
          + " errors or warnings, and compiles for its target. On a terminal, the values not given as options"
          + " are asked for, each with its default; otherwise (and with --yes) the defaults are taken.")
      .exitCodes("0:the spec was written", "2:usage error (a value not allowed, or FILE exists without --force)",
          "3:I/O error", "4:internal error")
      .spec();

  private final Arg<String> target = Arg.option(spec, OptionSpec.builder("-t", "--target").paramLabel("TARGET")
      .type(String.class).completionCandidates(StarterSpec.targetIds())
      .description("Where the cluster runs: ${COMPLETION-CANDIDATES} (default: " + DEFAULT_TARGET.id() + ")."));

  private final Arg<String> nodes = Arg.option(spec, OptionSpec.builder("-n", "--nodes").paramLabel("N")
      .type(String.class).completionCandidates(nodeCounts())
      .description("Data nodes, one master and N-1 replicas: " + StarterSpec.MIN_NODES + " to "
          + StarterSpec.MAX_NODES + " (default: " + DEFAULT_NODES + "). An even count gets sentinels of their own."));

  private final Arg<String> memory = Arg.option(spec, OptionSpec.builder("-m", "--memory").paramLabel("SIZE")
      .type(String.class)
      .description("Memory limit of each data node, for example 768Mi or 2Gi (default: " + DEFAULT_MEMORY
          + "); maxmemory is derived from it."));

  private final Arg<String> data = Arg.option(spec, OptionSpec.builder("-d", "--data").paramLabel("KIND")
      .type(String.class).completionCandidates(StarterSpec.dataIds())
      .description("What the data is: ${COMPLETION-CANDIDATES} (default: " + DEFAULT_DATA.id() + "). queue and"
          + " must-survive get noeviction, AOF and min-replicas-to-write; cache gets allkeys-lru and no AOF."));

  private final Arg<String> name = Arg.option(spec, OptionSpec.builder("--name").paramLabel("NAME")
      .type(String.class)
      .description("Cluster name, a DNS label of at most 40 characters (default: " + DEFAULT_NAME + ")."));

  private final Arg<String> schema = Arg.option(spec, OptionSpec.builder("--schema").paramLabel("PATH|URL")
      .type(String.class).defaultValue(StarterSpec.DEFAULT_SCHEMA)
      .description("Where editors find the JSON Schema: a path relative to the spec, or a URL, written into the"
          + " first line (default: ${DEFAULT-VALUE}, which `rhc schema > ${DEFAULT-VALUE}` writes)."));

  private final Arg<Path> output = Arg.option(spec, OptionSpec.builder("-o", "--output").paramLabel("FILE")
      .type(Path.class)
      .description("Write the spec to FILE, replaced atomically, instead of stdout (`-` is stdout)."));

  private final Arg<Boolean> force = Arg.flag(spec, "--force", "Replace FILE when it exists.");

  private final Arg<Boolean> yes =
      Arg.flag(spec, "--yes", "Ask nothing, also on a terminal: take the default of every value not given.");

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Path> file = Optional.ofNullable(output.value()).filter(p -> !p.toString().equals("-"));
    if (file.isPresent() && Files.exists(file.get()) && !force.value()) {
      throw new ParameterException(spec.commandLine(), file.get() + " already exists; pass --force to replace it");
    }
    StarterSpec starter = answers(err);
    String text = StarterSpecText.of(starter);
    selfCheck(starter, text, err);
    if (file.isEmpty()) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    OutputWriter.replaceFile(file.get(), text);
    err.println("wrote " + file.get() + ": " + starter.target().id() + ", " + starter.nodes() + " data nodes of "
        + starter.memory() + ", " + starter.data().id() + " data");
    Path schemaFile = file.get().toAbsolutePath().resolveSibling(StarterSpec.DEFAULT_SCHEMA);
    if (starter.schemaRef().equals(StarterSpec.DEFAULT_SCHEMA) && !Files.exists(schemaFile)) {
      err.println("for completion in editors: rhc schema > " + schemaFile);
    }
    err.println("next: rhc lint " + file.get() + " && rhc compile " + file.get() + " --target "
        + starter.target().id() + " --out <directory>");
    err.flush();
    return ExitCodes.OK;
  }

  private StarterSpec answers(PrintWriter err) {
    InitQuestions questions = !yes.value() && onTerminal()
        ? new InitQuestions(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), err)
        : null;
    try {
      return new StarterSpec(
          value("--target", target, questions, "Target (" + String.join(", ", StarterSpec.targetIds()) + ")",
              DEFAULT_TARGET.id(), InitValues::target),
          value("--nodes", nodes, questions, "Data nodes (" + StarterSpec.MIN_NODES + " to " + StarterSpec.MAX_NODES
              + ")", String.valueOf(DEFAULT_NODES), InitValues::nodes),
          value("--memory", memory, questions, "Memory limit of each data node", DEFAULT_MEMORY, InitValues::memory),
          value("--data", data, questions, "Data (" + String.join(", ", StarterSpec.dataIds()) + ")",
              DEFAULT_DATA.id(), InitValues::data),
          value("--name", name, questions, "Cluster name", DEFAULT_NAME, InitValues::name),
          value("--schema", schema, null, "", StarterSpec.DEFAULT_SCHEMA, InitValues::schemaRef));
    } catch (InitQuestions.NoAnswer e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The flag's value, else the answer to the question on a terminal, else the default. */
  private <T> T value(String flag, Arg<String> option, InitQuestions questions, String question, String fallback,
      Function<String, T> read) {
    if (option.value() != null) {
      try {
        return read.apply(option.value());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), flag + ": " + e.getMessage());
      }
    }
    return questions == null ? read.apply(fallback) : questions.ask(question, fallback, read);
  }

  /**
   * The values are checked one by one, but some combinations are still refused by the pipeline (a limit too
   * small for the memory budget): run it, compile included, and write nothing that draws an error or warning.
   */
  private void selfCheck(StarterSpec starter, String text, PrintWriter err) {
    Target emitter = TargetRegistry.load().find(starter.target().id())
        .orElseThrow(() -> new IllegalStateException("target " + starter.target().id() + " is not on the class path"));
    SourceFile source = new SourceFile("rhc-init.yaml", text);
    CompilationResult result = new Compiler().compile(source, List.of(emitter));
    List<Diagnostic> findings = result.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
    if (findings.isEmpty()) {
      return;
    }
    DiagnosticFormatter formatter = new DiagnosticFormatter(false);
    findings.forEach(d -> err.print(formatter.format(d, Optional.of(source))));
    throw new ParameterException(spec.commandLine(), "these values give a spec with "
        + Counts.of(findings.size(), "finding") + " (above); nothing was written. Change the value it names,"
        + " for example a larger --memory");
  }

  /**
   * Whether the user can answer questions. Since Java 22 {@code System.console()} exists also when the streams
   * are redirected, and only {@code Console.isTerminal()} (absent before 22) tells.
   */
  private static boolean onTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | LinkageError e) {
      return true;
    }
  }

  private static List<String> nodeCounts() {
    return IntStream.rangeClosed(StarterSpec.MIN_NODES, StarterSpec.MAX_NODES).mapToObj(String::valueOf).toList();
  }
}
