package io.rhc.cli;

import picocli.CommandLine.Option;

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

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Diagnostics format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). json is one array"
          + " of findings; sarif is a SARIF 2.1.0 log for code-scanning tools.")
  Format format = Format.TEXT;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour text diagnostics: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal,"
          + " never with NO_COLOR set).")
  Color color = Color.AUTO;

  @Option(names = "--stacktrace", description = "Show the stack trace of an internal error.")
  boolean stacktrace;

  boolean useColor() {
    return switch (color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> System.console() != null && System.getenv("NO_COLOR") == null
          && !"dumb".equals(System.getenv("TERM"));
    };
  }
}
