package io.rhc.rollout;

import java.util.Optional;

/**
 * One resolved value that differs between the running spec and the new one; empty when the path exists on
 * one side only (a list item added or removed, an optional value set or cleared).
 */
public record SettingChange(String path, Optional<String> before, Optional<String> after) {
  /** The path with list indices dropped ({@code spec.nodes.list[].image}), as classification rules name it. */
  public String pattern() {
    return path.replaceAll("\\[\\d+]", "[]");
  }

  /** "640mb -> 512mb", "(none) -> 2". */
  public String describe() {
    return before.orElse("(none)") + " -> " + after.orElse("(none)");
  }
}
