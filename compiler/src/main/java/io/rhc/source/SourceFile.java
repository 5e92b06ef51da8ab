package io.rhc.source;

import java.util.List;

/** A spec file as read: its display name (as the user gave it) and its text. */
public record SourceFile(String name, String text) {
  /** The text of a 1-based line, without its line break, or "" when out of range. */
  public String line(int number) {
    List<String> lines = text.lines().toList();
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
  }
}
