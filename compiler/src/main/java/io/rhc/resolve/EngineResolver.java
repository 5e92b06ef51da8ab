package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostics;
import io.rhc.model.Engine;
import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import io.rhc.model.Nodes;
import io.rhc.path.SpecPath;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code spec.engine}: server type, version and image. */
final class EngineResolver {
  private static final SpecPath ENGINE = SPEC.at("engine");

  private EngineResolver() {}

  static Engine resolve(SpecReader reader) {
    EngineType type = reader.choice(ENGINE.at("type"), EngineType.class);
    EngineVersion version = reader.read(ENGINE.at("version"), node -> EngineVersion.parse(node.asString()));
    String image = reader.readOr(ENGINE.at("image"), JsonNode::asString, () -> officialImage(type, version),
        "official " + type.id() + " image of version " + version);
    return new Engine(type, version, image, List.of());
  }

  /** {@code engine.config}, checked against the version of every data node. */
  static Engine withConfig(SpecReader reader, Engine engine, Nodes nodes, Diagnostics diagnostics) {
    boolean uniform = nodes.list().stream()
        .allMatch(n -> n.engine() == engine.type() && n.version().equals(engine.version()));
    List<ConfigResolver.Reader> readers = uniform
        ? List.of(new ConfigResolver.Reader(engine.type(), engine.version(), "every data node"))
        : nodes.list().stream().map(n -> new ConfigResolver.Reader(n.engine(), n.version(), "node " + n.index()))
            .toList();
    return engine.withConfig(ConfigResolver.engine(reader, ENGINE.at("config"), readers, diagnostics));
  }

  /** The official Alpine image of an engine version: {@code redis:7.4.2-alpine}, {@code valkey/valkey:8.0.1-alpine}. */
  static String officialImage(EngineType type, EngineVersion version) {
    return switch (type) {
      case REDIS -> "redis:" + version + "-alpine";
      case VALKEY -> "valkey/valkey:" + version + "-alpine";
    };
  }
}
