package io.rhc.audit;

import java.util.List;

/** One keyword line of an HAProxy section, with its words and their positions. */
public record HaproxyLine(String file, List<ConfigToken> words) {
  public HaproxyLine {
    words = List.copyOf(words);
  }

  public String keyword() {
    return words.get(0).text();
  }

  public int line() {
    return words.get(0).line();
  }
}
