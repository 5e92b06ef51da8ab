package io.rhc.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/** The subcommands of {@code rhc}, and the command line one run needs. */
final class Commands {
  /** Every subcommand by the name its {@code @Command} gives it, in the order {@code rhc --help} lists them. */
  static final Map<String, Supplier<Object>> ALL = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("validate", ValidateCommand::new);
    all.put("explain", ExplainCommand::new);
    all.put("lint", LintCommand::new);
    all.put("compile", CompileCommand::new);
    all.put("plan", PlanCommand::new);
    all.put("schema", SchemaCommand::new);
    all.put("version", VersionCommand::new);
    all.put("targets", TargetsCommand::new);
    all.put("rules", RulesCommand::new);
    all.put("drill", DrillCommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
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
