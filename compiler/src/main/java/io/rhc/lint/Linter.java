package io.rhc.lint;

import io.rhc.diag.Diagnostics;
import io.rhc.model.ResolvedSpec;

/** Stage 4: runs every rule over a resolved spec. */
public final class Linter {
  public void lint(ResolvedSpec spec, Diagnostics diagnostics) {
    // rules arrive with the lint engine
  }
}
