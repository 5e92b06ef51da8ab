package io.rhc.lint;

import io.rhc.model.Spec;
import java.util.List;

/** A rule over the specs linted together; reports on one spec at a time. */
public interface SpecSetRule extends LintRule {
  /** Checks {@code specs.get(index)} against the specs before it; findings go to that spec. */
  void check(List<Spec> specs, int index, RuleContext ctx);
}
