package io.rhc.lint;

import io.rhc.diag.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Metadata of a lint rule. The ID is stable: a removed rule's ID is never given to another. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDef {
  /** {@code RHCnnnn}; the first digit is the {@link Category}. */
  String id();

  /** Kebab-case name, e.g. {@code sentinel-odd-count}. */
  String slug();

  Category category();

  /** Severity of a finding unless the rule reports a different tier. */
  Severity severity();

  /** One line, sentence case, no trailing period. */
  String summary();

  /** The rhc version that introduced the rule. */
  String since();
}
