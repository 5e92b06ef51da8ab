package io.rhc.explain;

import io.rhc.model.Spec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every value of a resolved spec by its path, in the spec's key order — the leaves {@code rhc explain}
 * prints, list items indexed ({@code spec.nodes.list[2].image}) — for comparing two specs value by value.
 */
public final class SpecLeaves {
  private SpecLeaves() {}

  public static Map<String, String> of(Spec spec) {
    Map<String, String> leaves = new LinkedHashMap<>();
    walk(SpecTree.of(spec), "", leaves);
    return leaves;
  }

  private static void walk(Tree.Mapping mapping, String prefix, Map<String, String> leaves) {
    for (Map.Entry<String, Tree> e : mapping.entries().entrySet()) {
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getValue() instanceof Tree.Leaf leaf) {
        leaves.put(path, leaf.value());
      } else if (e.getValue() instanceof Tree.Mapping child) {
        walk(child, path, leaves);
      } else if (e.getValue() instanceof Tree.Sequence sequence) {
        List<Tree.Mapping> items = sequence.items();
        for (int i = 0; i < items.size(); i++) {
          walk(items.get(i), path + "[" + i + "]", leaves);
        }
      }
    }
  }
}
