package io.rhc.lint;

/** A lint rule: either {@link Rule} (one spec) or {@link SpecSetRule} (specs linted together). */
public interface LintRule {
  /**
   * The rule's ID, name, category, severity, summary and first version. Data in code rather than an
   * annotation: reading annotations builds proxy classes at run time, 8 ms of every cold JVM start.
   */
  RuleMeta meta();
}
