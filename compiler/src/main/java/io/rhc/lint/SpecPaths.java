package io.rhc.lint;

import io.rhc.path.SpecPath;

/** Paths under {@code spec.}, where rules report. */
public final class SpecPaths {
  private static final SpecPath SPEC = SpecPath.root().at("spec");

  private SpecPaths() {}

  /** {@code spec("sentinel.quorum")} is {@code spec.sentinel.quorum}. */
  public static SpecPath spec(String dotted) {
    return SPEC.resolve(dotted);
  }
}
