package io.rhc.target.beta;

import io.rhc.resolve.Resolver;

/** Deliberately imports a pipeline stage; only CrossModuleArchitectureTest uses it. */
public final class Beta {
  public Resolver resolver() {
    return new Resolver();
  }
}
