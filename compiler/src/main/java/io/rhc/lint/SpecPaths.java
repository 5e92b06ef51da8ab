package io.rhc.lint;

import io.rhc.model.Node;
import io.rhc.path.SpecPath;

/** Paths under {@code spec.}, where rules report. */
public final class SpecPaths {
  private static final SpecPath SPEC = SpecPath.root().at("spec");

  private SpecPaths() {}

  /** {@code spec("sentinel.quorum")} is {@code spec.sentinel.quorum}. */
  public static SpecPath spec(String dotted) {
    return SPEC.resolve(dotted);
  }

  /** Where a node's {@code key} (image, version) is set: its entry in {@code nodes.overrides}, else the list. */
  public static SpecPath node(Node node, String key) {
    SpecPath overrides = spec("nodes.overrides");
    return node.override().isPresent() ? overrides.at(node.override().getAsInt()).at(key) : overrides;
  }
}
