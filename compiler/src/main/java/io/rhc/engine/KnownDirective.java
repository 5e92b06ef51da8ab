package io.rhc.engine;

import java.util.Map;

/**
 * A config-file directive as the engines' {@code config.c} declare it: the lines that accept it, each with its
 * flags there ({@code i}: {@code CONFIG SET} refuses it, read only at start; {@code d}: a hidden test-suite knob).
 */
public record KnownDirective(String name, Map<String, String> flagsByLine) {
  public KnownDirective {
    flagsByLine = Map.copyOf(flagsByLine);
  }

  public boolean knownIn(EngineLine line) {
    return flagsByLine.containsKey(line.id());
  }

  /** Read only at start in {@code line} (or not known there). */
  public boolean immutableIn(EngineLine line) {
    return flagsByLine.getOrDefault(line.id(), "i").contains("i");
  }

  /** A test-suite knob in {@code line}: the engine hides it from {@code CONFIG GET *}. */
  public boolean hiddenIn(EngineLine line) {
    return flagsByLine.getOrDefault(line.id(), "").contains("d");
  }
}
