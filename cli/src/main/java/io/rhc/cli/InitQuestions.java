package io.rhc.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * Asks {@code rhc init}'s questions on a terminal, each with its default shown: an empty answer takes the
 * default, a wrong one is explained and asked again.
 */
final class InitQuestions {
  private final BufferedReader answers;
  private final PrintWriter prompts;

  InitQuestions(BufferedReader answers, PrintWriter prompts) {
    this.answers = answers;
    this.prompts = prompts;
  }

  /** Input ended before a question was answered. */
  static final class NoAnswer extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoAnswer(String question) {
      super("no answer to \"" + question + "\" (input ended); pass the value as a flag instead");
    }
  }

  <T> T ask(String question, String defaultAnswer, Function<String, T> read) {
    while (true) {
      prompts.print(question + " [" + defaultAnswer + "]: ");
      prompts.flush();
      String line;
      try {
        line = answers.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (line == null) {
        prompts.println();
        throw new NoAnswer(question);
      }
      try {
        return read.apply(line.isBlank() ? defaultAnswer : line);
      } catch (IllegalArgumentException e) {
        prompts.println("  " + e.getMessage());
      }
    }
  }
}
