package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.Engine;
import io.rhc.model.EngineVersion;
import io.rhc.model.Node;
import io.rhc.model.Nodes;
import io.rhc.model.Origin;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * {@code spec.nodes}: the data nodes. Each node's version, image and priority are resolved under
 * {@code spec.nodes.list[i]}, a path of the resolved view: taken from {@code nodes.overrides} when
 * one names the node, otherwise from the engine and the node-wide settings.
 */
final class NodesResolver {
  private static final SpecPath NODES = SPEC.at("nodes");
  private static final SpecPath OVERRIDES = NODES.at("overrides");

  private NodesResolver() {}

  static Nodes resolve(SpecReader reader, Engine engine, Diagnostics diagnostics) {
    int count = reader.integer(NODES.at("count"));
    int port = reader.integer(NODES.at("port"));
    // The node-wide priority is no model value of its own: it lives on in each node without an override.
    int priority = reader.peek(NODES.at("replicaPriority"), JsonNode::intValue).orElseThrow();
    Map<Integer, Integer> overrideOf = overridesByNode(reader, count, diagnostics);
    List<Node> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Optional<SpecPath> override = Optional.ofNullable(overrideOf.get(i)).map(OVERRIDES::at);
      SpecPath at = NODES.at("list").at(i);
      EngineVersion version = perNode(reader, override, "version", at, node -> EngineVersion.parse(node.asString()),
          engine.version(), "`engine.version`");
      String defaultImage = version.equals(engine.version())
          ? engine.image() : EngineResolver.officialImage(engine.type(), version);
      String image = perNode(reader, override, "image", at, JsonNode::asString, defaultImage,
          version.equals(engine.version()) ? "`engine.image`" : "official image of the node's version");
      int nodePriority = perNode(reader, override, "replicaPriority", at, JsonNode::intValue, priority,
          "`nodes.replicaPriority`");
      reader.record(at.at("engine"), Origin.derived("`engine.type`"));
      Integer position = overrideOf.get(i);
      list.add(new Node(i, engine.type(), version, image, nodePriority,
          position == null ? OptionalInt.empty() : OptionalInt.of(position)));
    }
    return new Nodes(count, port, list);
  }

  private static <T> T perNode(SpecReader reader, Optional<SpecPath> override, String key, SpecPath at,
      Function<JsonNode, T> convert, T fallback, String from) {
    Optional<T> own = override.filter(o -> reader.inFile(o.at(key))).flatMap(o -> reader.peek(o.at(key), convert));
    if (own.isPresent()) {
      reader.record(at.at(key), new Origin(Origin.Kind.USER, "nodes.overrides[" + override.get().leaf() + "]"));
      return own.get();
    }
    reader.record(at.at(key), Origin.derived(from));
    return fallback;
  }

  /** Override position by node index; reports indexes out of range or given twice (RHC0203). */
  private static Map<Integer, Integer> overridesByNode(SpecReader reader, int count, Diagnostics diagnostics) {
    Map<Integer, Integer> byNode = new HashMap<>();
    int size = reader.peek(OVERRIDES, JsonNode::size).orElse(0);
    for (int k = 0; k < size; k++) {
      SpecPath at = OVERRIDES.at(k).at("index");
      int index = reader.peek(at, JsonNode::intValue).orElseThrow();
      if (index >= count) {
        diagnostics.add(Diagnostic.error("RHC0203", at,
            "Override for node " + index + " but `nodes.count` is " + count,
            "Use an index from 0 to " + (count - 1) + ", or remove the override.")
            .withDetail("Nodes are numbered from 0, so node " + index + " does not exist."));
      } else if (byNode.putIfAbsent(index, k) != null) {
        diagnostics.add(Diagnostic.error("RHC0203", at,
            "Node " + index + " is overridden twice (also by `nodes.overrides[" + byNode.get(index) + "]`)",
            "Merge both overrides of node " + index + " into one entry."));
      }
    }
    return byNode;
  }
}
