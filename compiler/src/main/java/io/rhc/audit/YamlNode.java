package io.rhc.audit;

import io.rhc.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of an audited YAML file (manifest or compose file) with its file, read without constructing objects:
 * every value keeps the position SnakeYAML marked for it. A missing key, a scalar where a mapping was expected
 * and the like read as absent, never as an exception.
 */
record YamlNode(Node node, String file) {
  /** The value under {@code key} of a mapping; empty when this is not a mapping or has no such key. */
  Optional<YamlNode> get(String key) {
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return Optional.of(new YamlNode(t.getValueNode(), file));
        }
      }
    }
    return Optional.empty();
  }

  /** The value at a path of mapping keys. */
  Optional<YamlNode> at(String... keys) {
    Optional<YamlNode> at = Optional.of(this);
    for (String key : keys) {
      at = at.flatMap(n -> n.get(key));
    }
    return at;
  }

  /** The key node of {@code key} (where a finding about the whole entry belongs). */
  Optional<YamlNode> key(String key) {
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return Optional.of(new YamlNode(k, file));
        }
      }
    }
    return Optional.empty();
  }

  /** The items of a sequence; empty for anything else. */
  List<YamlNode> items() {
    List<YamlNode> out = new ArrayList<>();
    if (node instanceof SequenceNode seq) {
      seq.getValue().forEach(n -> out.add(new YamlNode(n, file)));
    }
    return out;
  }

  /** The scalar entries of a mapping, in order (labels, selectors, environment maps). */
  Map<String, YamlNode> entries() {
    Map<String, YamlNode> out = new LinkedHashMap<>();
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          out.put(k.getValue(), new YamlNode(t.getValueNode(), file));
        }
      }
    }
    return out;
  }

  /** The text of a scalar; empty for a mapping or a sequence. */
  Optional<String> text() {
    return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
  }

  String textOr(String fallback) {
    return text().orElse(fallback);
  }

  Optional<String> text(String... keys) {
    return at(keys).flatMap(YamlNode::text);
  }

  /** Where this node starts, 1-based. */
  Located located() {
    return new Located(file, Span.at(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1));
  }
}
