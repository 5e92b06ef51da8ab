package io.rhc.importer;

import io.rhc.path.SpecPath;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;

/**
 * A spec document as YAML through SnakeYAML's representer and serializer: SnakeYAML quotes what needs quoting
 * ({@code "7.4"}, {@code "yes"}), and the comments are attached to its nodes, so no YAML is formatted by hand.
 * A comment is either above a key (a block comment) or after a scalar value on its line (inline).
 */
final class CommentedYaml {
  private static final int WIDTH = 120;

  /** Comments by spec path: lines above the key, and one inline comment after a scalar value. */
  record Comments(Map<SpecPath, List<String>> above, Map<SpecPath, String> inline, List<String> header) {}

  private CommentedYaml() {}

  static String write(JsonNode document, Comments comments) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setProcessComments(true);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(WIDTH);
    options.setSplitLines(false);
    Yaml yaml = new Yaml(options);
    Node root = yaml.represent(plain(document));
    attach(root, SpecPath.root(), comments);
    List<CommentLine> header = new ArrayList<>(lines(comments.header(), CommentType.BLOCK));
    if (root instanceof MappingNode map && !map.getValue().isEmpty()) {
      Node firstKey = map.getValue().get(0).getKeyNode();
      header.addAll(firstKey.getBlockComments() == null ? List.of() : firstKey.getBlockComments());
      firstKey.setBlockComments(header);
    }
    StringWriter out = new StringWriter();
    yaml.serialize(root, out);
    return out.toString();
  }

  private static void attach(Node node, SpecPath path, Comments comments) {
    if (node instanceof MappingNode map) {
      for (NodeTuple tuple : map.getValue()) {
        String key = ((ScalarNode) tuple.getKeyNode()).getValue();
        SpecPath at = path.at(key);
        List<String> above = comments.above().get(at);
        if (above != null) {
          tuple.getKeyNode().setBlockComments(lines(above, CommentType.BLOCK));
        }
        inline(tuple.getValueNode(), at, comments);
        attach(tuple.getValueNode(), at, comments);
      }
    } else if (node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.getValue().size(); i++) {
        inline(seq.getValue().get(i), path.at(i), comments);
        attach(seq.getValue().get(i), path.at(i), comments);
      }
    }
  }

  private static void inline(Node value, SpecPath at, Comments comments) {
    String text = comments.inline().get(at);
    if (text != null && value instanceof ScalarNode) {
      value.setInLineComments(lines(List.of(text), CommentType.IN_LINE));
    }
  }

  private static List<CommentLine> lines(List<String> texts, CommentType type) {
    List<CommentLine> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new CommentLine(null, null, t.isEmpty() ? "" : " " + t, type));
    }
    return out;
  }

  /** Jackson's tree as the maps, lists and scalars SnakeYAML represents. */
  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.values().forEach(v -> list.add(plain(v)));
      return list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    return node.asString();
  }
}
