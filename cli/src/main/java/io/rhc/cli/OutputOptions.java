package io.rhc.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Options shared by commands that report diagnostics. */
final class OutputOptions {
  /** How diagnostics are printed. */
  enum Format {
    TEXT,
    JSON,
    SARIF
  }

  /** When to colour text output. */
  enum Color {
    AUTO,
    ALWAYS,
    NEVER
  }

  private final Arg<Format> format;
  private final Arg<Color> color;

  OutputOptions(CommandSpec command) {
    format = Arg.option(command, OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
        .defaultValue("text")
        .description("Diagnostics format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is one array"
            + " of findings; sarif is a SARIF 2.1.0 log for code-scanning tools."));
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

  boolean useColor() {
    return switch (color.value()) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
          && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
