package io.rhc.resolve;

import io.rhc.path.SpecPath;

/** Roots of the spec tree the resolvers read from. */
final class SpecRoots {
  static final SpecPath METADATA = SpecPath.root().at("metadata");
  static final SpecPath SPEC = SpecPath.root().at("spec");

  private SpecRoots() {}
}
