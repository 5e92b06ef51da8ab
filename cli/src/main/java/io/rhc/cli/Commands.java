package io.rhc.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The subcommands of {@code rhc}, and the command line one run needs. */
final class Commands {
  /** The model of every subcommand by its name, in the order {@code rhc --help} lists them. */
  static final Map<String, Supplier<CommandSpec>> ALL = subcommands();

  /** The subcommands that read specs. */
  static final Set<String> READING_SPECS = Set.of("validate", "explain", "lint", "compile", "plan", "rollout",
      "clients", "drill");

  private static Map<String, Supplier<CommandSpec>> subcommands() {
    Map<String, Supplier<CommandSpec>> all = new LinkedHashMap<>();
    all.put("init", () -> new InitCommand().spec);
    all.put("validate", () -> new ValidateCommand().spec);
    all.put("explain", () -> new ExplainCommand().spec);
    all.put("lint", () -> new LintCommand().spec);
    all.put("audit", () -> new AuditCommand().spec);
    all.put("import", () -> new ImportCommand().spec);
    all.put("compile", () -> new CompileCommand().spec);
    all.put("plan", () -> new PlanCommand().spec);
    all.put("rollout", () -> new RolloutCommand().spec);
    all.put("clients", () -> new ClientsCommand().spec);
    all.put("schema", () -> new SchemaCommand().spec);
    all.put("version", () -> new VersionCommand().spec);
    all.put("targets", () -> new TargetsCommand().spec);
    all.put("rules", () -> new RulesCommand().spec);
    all.put("drill", () -> new DrillCommand().spec);
    all.put("completion", () -> new CompletionCommand().spec);
    // picocli's own, read from its annotations: only a run that prints the top-level usage builds it
    all.put("help", () -> CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand()));
    return Collections.unmodifiableMap(all);
  }

  private Commands() {}

  /** {@code rhc} with every subcommand. */
  static CommandLine all() {
    CommandLine cli = new CommandLine(new RhcCommand().spec);
    ALL.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    return cli;
  }

  /**
   * The command line for {@code args}: {@code rhc} with only the subcommand the first argument names, else
   * with all of them (the top-level usage, the help command and suggestions for a mistyped name list every
   * one).
   */
  static CommandLine forArgs(String... args) {
    Supplier<CommandSpec> named = args.length > 0 && !args[0].equals("help") ? ALL.get(args[0]) : null;
    if (named == null) {
      return all();
    }
    CommandLine cli = new CommandLine(new RhcCommand().spec);
    cli.addSubcommand(args[0], named.get());
    return cli;
  }
}
