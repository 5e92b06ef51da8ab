package io.rhc.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The subcommands of {@code rhc}, and the command line one run needs. */
final class Commands {
  /** Every subcommand by the name its {@code @Command} gives it, in the order {@code rhc --help} lists them. */
  static final Map<String, Supplier<Object>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("validate", ValidateCommand::new);
    ALL.put("explain", ExplainCommand::new);
    ALL.put("lint", LintCommand::new);
    ALL.put("compile", CompileCommand::new);
    ALL.put("plan", PlanCommand::new);
    ALL.put("schema", SchemaCommand::new);
    ALL.put("version", VersionCommand::new);
    ALL.put("targets", TargetsCommand::new);
    ALL.put("rules", RulesCommand::new);
    ALL.put("drill", DrillCommand::new);
    ALL.put("help", CommandLine.HelpCommand::new);
  }

  private Commands() {}

  /** {@code rhc} with every subcommand. */
  static CommandLine all() {
    CommandLine cli = new CommandLine(new RhcCommand());
    ALL.values().forEach(command -> cli.addSubcommand(command.get()));
    return cli;
  }

  /**
   * The command line for {@code args}: {@code rhc} with only the subcommand the first argument names, else
   * with all of them (the top-level usage, the help command and suggestions for a mistyped name list every
   * one). Picocli reads the annotations of each command it is given, which was a third of a JVM run.
   */
  static CommandLine forArgs(String... args) {
    Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? ALL.get(args[0]) : null;
    if (named == null) {
      return all();
    }
    CommandLine cli = new CommandLine(new RhcCommand());
    cli.addSubcommand(named.get());
    return cli;
  }
}
