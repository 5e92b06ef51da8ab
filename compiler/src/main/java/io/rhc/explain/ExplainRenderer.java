package io.rhc.explain;

import io.rhc.model.Origin;
import io.rhc.model.ResolvedSpec;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text of {@code rhc explain SPEC}: the resolved spec as an indented YAML-like tree, each value
 * commented with where it came from, then the memory budget of a data node as a table with bars.
 * Output depends only on the spec: no locale, no clock, no file paths.
 */
public final class ExplainRenderer {
  private static final String LEGEND = "# Resolved spec. Comments say where each value comes from: `# default` is\n"
      + "# the schema's default, `# derived: ...` is computed from other values; no comment: set in the file.";
  /** Comments line up at this column at most, so one long value does not push them all right. */
  private static final int MAX_COMMENT_COLUMN = 56;

  private record Line(String text, String comment) {}

  public String render(ResolvedSpec resolved) {
    List<Line> lines = new ArrayList<>();
    walk(SpecTree.of(resolved.spec()), SpecPath.root(), 0, "", resolved.origins(), lines);
    int column = Math.min(MAX_COMMENT_COLUMN,
        lines.stream().filter(l -> !l.comment().isEmpty()).mapToInt(l -> l.text().length()).max().orElse(0) + 2);
    StringBuilder sb = new StringBuilder(LEGEND).append('\n');
    for (Line line : lines) {
      sb.append(line.text());
      if (!line.comment().isEmpty()) {
        sb.append(" ".repeat(Math.max(2, column - line.text().length()))).append(line.comment());
      }
      sb.append('\n');
    }
    sb.append('\n').append(BudgetTable.render(resolved.spec().memory().budget()));
    return sb.toString();
  }

  /**
   * Appends the entries of {@code mapping}; {@code firstPrefix} replaces the indentation of the
   * first entry (the {@code "- "} of a list item).
   */
  private static void walk(Tree.Mapping mapping, SpecPath at, int indent, String firstPrefix,
      Map<SpecPath, Origin> origins, List<Line> lines) {
    boolean first = true;
    for (Map.Entry<String, Tree> entry : mapping.entries().entrySet()) {
      String pad = first && !firstPrefix.isEmpty()
          ? " ".repeat(indent - firstPrefix.length()) + firstPrefix : " ".repeat(indent);
      first = false;
      SpecPath path = at.at(entry.getKey());
      Tree value = entry.getValue();
      if (value instanceof Tree.Leaf leaf) {
        lines.add(new Line(pad + entry.getKey() + ": " + leaf.value(), comment(origins.get(path))));
      } else if (value instanceof Tree.Mapping child) {
        lines.add(new Line(pad + entry.getKey() + ":", ""));
        walk(child, path, indent + 2, "", origins, lines);
      } else if (value instanceof Tree.Sequence sequence) {
        lines.add(new Line(pad + entry.getKey() + ":", ""));
        for (int i = 0; i < sequence.items().size(); i++) {
          walk(sequence.items().get(i), path.at(i), indent + 4, "- ", origins, lines);
        }
      }
    }
  }

  private static String comment(Origin origin) {
    if (origin == null) {
      return "";
    }
    return switch (origin.kind()) {
      case USER -> origin.detail().isEmpty() ? "" : "# set at " + origin.detail();
      case DEFAULT -> "# default";
      case DERIVED -> "# derived: " + origin.detail();
    };
  }
}
