package io.rhc.drill;

/** Broken variants of the examples, written as the YAML a user would write. */
final class Variants {
  private Variants() {}

  /** No RDB, no AOF; lost acknowledged writes are an objective (0). */
  static String persistenceOff(String yaml) {
    String off = yaml.replaceFirst("(?m)^  persistence:\\n    rdb:\\n", "  persistence:\n    rdb:\n      enabled: false\n");
    return off + "  drill:\n    objectives:\n      maxLostWrites: { default: 0 }\n";
  }

  /** Sentinel announcing addresses instead of names, with the lint rule that predicts the failure silenced. */
  static String hostnamesOff(String yaml) {
    return yaml.replaceFirst("(?m)^  sentinel:\\n", "  sentinel:\n    announceHostnames: false\n")
        + "  lint:\n    ignore:\n      - { rule: RHC3003, reason: \"drill: show what announcing addresses breaks\" }\n";
  }
}
