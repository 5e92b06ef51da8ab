package io.rhc.lint;

/** A lint rule: either {@link Rule} (one spec) or {@link SpecSetRule} (specs linted together). */
public interface LintRule {}
