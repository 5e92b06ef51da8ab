package io.rhc.audit;

import java.util.List;
import java.util.Locale;

/** One directive line of a redis.conf or sentinel.conf: its file, and its arguments in order. */
public record ConfigLine(String file, List<ConfigToken> tokens) {
  public ConfigLine {
    tokens = List.copyOf(tokens);
  }

  /** The directive name, lower case as Redis compares it. */
  public String directive() {
    return tokens.get(0).text().toLowerCase(Locale.ROOT);
  }

  /** Argument {@code i} (0 is the directive), or "" when the line has fewer. */
  public String arg(int i) {
    return i < tokens.size() ? tokens.get(i).text() : "";
  }

  public int line() {
    return tokens.get(0).line();
  }
}
