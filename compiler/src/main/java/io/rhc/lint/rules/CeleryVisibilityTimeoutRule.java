package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.DataClass;
import io.rhc.model.QueueLibrary;
import java.time.Duration;

/** R26: Celery over Redis redelivers a task not acknowledged within `visibility_timeout` (default 1 h). */
public final class CeleryVisibilityTimeoutRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2012", "celery-visibility-timeout", Category.DATA_SAFETY, Severity.WARNING,
        "Celery tasks finish within the broker visibility timeout", "0.1.0");
  }

  private static final Duration DEFAULT_VISIBILITY_TIMEOUT = Duration.ofHours(1);

  @Override
  public void check(Spec spec, RuleContext ctx) {
    for (int i = 0; i < spec.dataClasses().size(); i++) {
      DataClass c = spec.dataClasses().get(i);
      boolean celery = c.library().filter(l -> l == QueueLibrary.CELERY).isPresent();
      if (celery && c.maxTaskDuration().filter(d -> d.compareTo(DEFAULT_VISIBILITY_TIMEOUT) >= 0).isPresent()) {
        ctx.report(SpecPaths.spec("dataClasses").at(i).at("maxTaskDuration"),
            "Celery tasks of `" + c.name() + "` may run longer than the 1 h visibility timeout and run twice",
            "Raise `broker_transport_options.visibility_timeout` above the longest task or ETA delay.");
      }
    }
  }
}
