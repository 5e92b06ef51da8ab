package io.rhc.parse;

import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import io.rhc.source.Span;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Measures what the composed graph expands to once aliases are copied out, without copying:
 * each node's size and depth are computed once and shared by every alias to it. A few aliases
 * can otherwise describe billions of values ("billion laughs") or an infinite document.
 */
final class ExpansionCheck {
  /** Far above any real spec (a few hundred values), far below what would hurt memory. */
  static final long MAX_VALUES = 10_000;

  private record Extent(long values, int depth) {
    boolean tooLarge() {
      return values > MAX_VALUES || depth > StreamCheck.MAX_DEPTH;
    }
  }

  private static final Extent UNBOUNDED = new Extent(MAX_VALUES + 1, StreamCheck.MAX_DEPTH + 1);

  private final Map<Node, Extent> extents = new IdentityHashMap<>();
  private final Set<Node> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());
  private Node recursive;

  private ExpansionCheck() {}

  static Optional<Diagnostic> problem(Node root) {
    ExpansionCheck check = new ExpansionCheck();
    return check.extent(root).tooLarge() ? Optional.of(check.describe(root)) : Optional.empty();
  }

  private Extent extent(Node node) {
    if (node instanceof ScalarNode) {
      return new Extent(1, 0);
    }
    Extent known = extents.get(node);
    if (known != null) {
      return known;
    }
    if (!enclosing.add(node)) {
      recursive = recursive == null ? node : recursive;
      return UNBOUNDED;
    }
    long values = 1;
    int depth = 0;
    for (Node child : children(node)) {
      Extent e = extent(child);
      values = Math.min(MAX_VALUES + 1, values + e.values());
      depth = Math.max(depth, Math.min(StreamCheck.MAX_DEPTH + 1, e.depth() + 1));
    }
    enclosing.remove(node);
    Extent extent = new Extent(values, depth);
    extents.put(node, extent);
    return extent;
  }

  /** Reports at the innermost entry that is still too large on its own, or at the recursive anchor. */
  private Diagnostic describe(Node root) {
    Node node = root;
    SpecPath path = SpecPath.root();
    Span span = Spans.at(root.getStartMark());
    boolean descended = true;
    while (descended && node != recursive) {
      descended = false;
      if (node instanceof MappingNode mapping) {
        for (NodeTuple entry : mapping.getValue()) {
          if (extent(entry.getValueNode()).tooLarge() && entry.getKeyNode() instanceof ScalarNode key) {
            node = entry.getValueNode();
            path = path.at(key.getValue());
            span = Spans.of(key);
            descended = true;
            break;
          }
        }
      } else if (node instanceof SequenceNode sequence) {
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size() && !descended; i++) {
          if (extent(items.get(i)).tooLarge()) {
            node = items.get(i);
            path = path.at(i);
            span = Spans.of(node);
            descended = true;
          }
        }
      }
    }
    if (node == recursive) {
      return ParseProblems.error(ParseProblems.ALIAS_ABUSE, path, span,
          "Anchor `&" + node.getAnchor() + "` is used inside itself",
          "A recursive alias describes an infinite document.", "Remove the `*" + node.getAnchor() + "` alias.");
    }
    return ParseProblems.error(ParseProblems.ALIAS_ABUSE, path, span,
        "Aliases expand this value beyond " + MAX_VALUES + " values or " + StreamCheck.MAX_DEPTH + " levels",
        "Each `*name` copies the whole anchored value; nested aliases multiply (a \"billion laughs\" bomb).",
        "Write the values out instead of nesting aliases.");
  }

  private static List<Node> children(Node node) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    return ((MappingNode) node).getValue().stream()
        .flatMap(entry -> Stream.of(entry.getKeyNode(), entry.getValueNode()))
        .toList();
  }
}
