package io.rhc.lint;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.model.Thresholds;
import io.rhc.path.SpecPath;

/** What a rule gets while checking one spec: where to report, and the spec's thresholds. */
public final class RuleContext {
  private final RuleMeta rule;
  private final Thresholds thresholds;
  private final Diagnostics sink;

  RuleContext(RuleMeta rule, Thresholds thresholds, Diagnostics sink) {
    this.rule = rule;
    this.thresholds = thresholds;
    this.sink = sink;
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** Reports a finding at the rule's default severity. */
  public void report(SpecPath path, String message, String hint) {
    report(rule.severity(), path, message, hint);
  }

  /** Reports a finding at another tier, for rules with error/warning/info levels. */
  public void report(Severity severity, SpecPath path, String message, String hint) {
    sink.add(Diagnostic.of(severity, rule.id(), path, message, hint));
  }
}
