package io.rhc.parse;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Leaves plain scalars untyped (tagged {@link #PLAIN}) so {@link CoreSchema} can type them by
 * YAML 1.2 rules; quoted scalars resolve to {@code !!str}, explicit tags are kept as written.
 */
final class PlainScalarResolver extends Resolver {
  static final Tag PLAIN = new Tag("tag:rhc.io,2026:plain");

  @Override
  protected void addImplicitResolvers() {
    // None: YAML 1.1 implicit typing is exactly what this resolver replaces.
  }

  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    return kind == NodeId.scalar && implicit ? PLAIN : super.resolve(kind, value, implicit);
  }
}
