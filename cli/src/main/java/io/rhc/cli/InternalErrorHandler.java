package io.rhc.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A crash inside rhc is a bug: say so plainly, show the trace only with {@code --stacktrace}. */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    var err = cmd.getErr();
    if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
      Throwable cause = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
      err.println("rhc: I/O error: " + cause.getMessage());
      err.flush();
      return ExitCodes.IO;
    }
    err.println("rhc: internal error: " + ex);
    err.println("This is a bug in rhc, not in your spec. Please report it with the command line and the spec.");
    if (parseResult.expandedArgs().contains("--stacktrace")) {
      ex.printStackTrace(err);
    } else {
      err.println("Run again with --stacktrace to see where it happened.");
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
