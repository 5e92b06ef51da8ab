package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.VolumeType;

/** R24: must-survive data on ephemeral storage is gone after a reschedule. */
public final class PersistentVolumeRequiredRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC2008", "persistent-volume-required", Category.DATA_SAFETY, Severity.ERROR,
        "Must-survive data lives on a persistent volume", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (spec.hasMustSurviveData() && spec.persistence().volume().type() == VolumeType.EPHEMERAL) {
      ctx.report(SpecPaths.spec("persistence.volume.type"), "Must-survive data sits on an ephemeral volume",
          "Use `volume.type: persistent`; a reschedule (drain, upgrade) loses an ephemeral node's data.");
    }
  }
}
