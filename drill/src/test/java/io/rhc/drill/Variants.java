package io.rhc.drill;

/** Broken variants of the examples, written as the YAML a user would write. */
final class Variants {
  private Variants() {}

  /** No RDB, no AOF; lost acknowledged writes are an objective (0). */
  static String persistenceOff(String yaml) {
    String off = yaml.replaceFirst("(?m)^  persistence:\\n    rdb:\\n", "  persistence:\n    rdb:\n      enabled: false\n");
    return off + "  drill:\n    objectives:\n      maxLostWrites: { default: 0 }\n";
  }
}
