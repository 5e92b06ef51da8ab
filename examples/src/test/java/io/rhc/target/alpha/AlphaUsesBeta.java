package io.rhc.target.alpha;

import io.rhc.target.beta.Beta;

/** Deliberately imports another target; only CrossModuleArchitectureTest uses it. */
public final class AlphaUsesBeta {
  public Beta beta() {
    return new Beta();
  }
}
