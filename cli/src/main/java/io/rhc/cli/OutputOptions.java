package io.rhc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Options shared by commands that report diagnostics. A json, sarif or codequality document goes to stdout unless
 * {@code --output} names a file; while it has stdout, what the command prints for people goes to stderr, so
 * {@code rhc lint --format sarif specs/ > rhc.sarif} captures exactly one document.
 */
final class OutputOptions {
  /** How diagnostics are printed. */
  enum Format {
    TEXT,
    JSON,
    SARIF,
    CODEQUALITY
  }

  /** When to colour text output. */
  enum Color {
    AUTO,
    ALWAYS,
    NEVER
  }

  private final CommandSpec command;
  private final Arg<Format> format;
  private final Arg<Path> output;
  private final Arg<Color> color;

  OutputOptions(CommandSpec command) {
    this.command = command;
    format = Arg.option(command, OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
        .defaultValue("text")
        .description("Diagnostics format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). text goes to"
            + " stderr; json (one array of findings), sarif (a SARIF 2.1.0 log for code-scanning tools) and"
            + " codequality (a GitLab code quality report) go to stdout, and the command's other output to stderr,"
            + " unless --output is given."));
    output = Arg.option(command, OptionSpec.builder("--output").paramLabel("FILE").type(Path.class)
        .description("Write the json, sarif or codequality document to FILE instead of stdout, replacing it atomically."));
    color = Arg.option(command, OptionSpec.builder("--color").paramLabel("WHEN").type(Color.class)
        .defaultValue("auto")
        .description("Colour text diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a"
            + " terminal, never with NO_COLOR set)."));
    // InternalErrorHandler looks for it among the parsed arguments
    Arg.flag(command, "--stacktrace", "Show the stack trace of an internal error.");
  }

  Format format() {
    return format.value();
  }

  /** Where the json, sarif or codequality document goes when not to stdout; a usage error with the text format. */
  Optional<Path> output() {
    if (output.value() != null && format.value() == Format.TEXT) {
      throw new ParameterException(command.commandLine(), "--output writes a json, sarif or codequality"
          + " document: add --format json, --format sarif or --format codequality");
    }
    return Optional.ofNullable(output.value());
  }

  /** Whether the json, sarif or codequality document takes stdout. */
  boolean documentOnStdout() {
    return format.value() != Format.TEXT && output().isEmpty();
  }

  /** Where the command prints for people: stdout, or stderr while the document has stdout. */
  PrintWriter humanOut() {
    return documentOnStdout() ? command.commandLine().getErr() : command.commandLine().getOut();
  }

  boolean useColor() {
    return useColor(color.value());
  }

  /** Whether {@code when} means colour on this run: a terminal without NO_COLOR, or asked for. */
  static boolean useColor(Color when) {
    return switch (when) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
          && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
