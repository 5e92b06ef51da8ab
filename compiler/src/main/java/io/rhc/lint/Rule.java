package io.rhc.lint;

import io.rhc.model.Spec;

/** A rule over one resolved spec. Implementations are final, declare their {@link #meta()}, and never throw. */
public interface Rule extends LintRule {
  void check(Spec spec, RuleContext ctx);
}
