package io.rhc.parse;

import io.rhc.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * Finds a double-quoted value left open on its line. SnakeYAML lets a quoted scalar run on over
 * many lines, so a missing closing quote surfaces as an error far below the real mistake; spec
 * values never span lines, so the first line that leaves a quote open is where to point.
 */
final class UnclosedQuote {
  private UnclosedQuote() {}

  /** The opening quote of the first line up to {@code lastLine} that does not close its quote. */
  static Optional<Span> before(String text, int lastLine) {
    List<String> lines = text.lines().toList();
    for (int n = 1; n <= Math.min(lastLine, lines.size()); n++) {
      int open = openQuoteColumn(lines.get(n - 1));
      if (open > 0) {
        return Optional.of(Span.at(n, open));
      }
    }
    return Optional.empty();
  }

  /** 1-based column of an opening {@code "} that is not closed on this line, or 0. */
  private static int openQuoteColumn(String line) {
    int openedAt = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (openedAt > 0) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          openedAt = 0;
        }
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
        return 0;
      } else if (c == '"' && startsValue(line, i)) {
        openedAt = i + 1;
      }
    }
    return openedAt;
  }

  /** A quote only opens a scalar where a value or key can start, not inside a plain word. */
  private static boolean startsValue(String line, int i) {
    String before = line.substring(0, i).stripTrailing();
    return before.isEmpty() || before.endsWith(":") || before.endsWith("-") || before.endsWith("[")
        || before.endsWith("{") || before.endsWith(",") || before.endsWith("?");
  }
}
