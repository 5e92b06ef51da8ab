package io.rhc.importer;

import io.rhc.audit.Located;
import io.rhc.path.SpecPath;
import io.rhc.units.Durations;
import io.rhc.units.Sizes;
import io.rhc.units.UnitException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The comment of every value of an imported spec: the source {@code file:line} of a mapped value (and rhc's own
 * default when it differs from what ran), the program default a directive left out stands for, or "not in the
 * material: choose" for a placeholder the files do not show.
 */
final class SpecComments {
  static final String CHOOSE = "not in the material: choose";
  private static final SpecPath SPEC = SpecPath.root().at("spec");

  private final Map<SpecPath, Located> from;
  private final Set<SpecPath> programDefaults;
  private final Function<SpecPath, Optional<JsonNode>> rhcDefault;
  private final Set<SpecPath> withShownInside = new HashSet<>();
  private final Map<SpecPath, List<String>> above = new LinkedHashMap<>();
  private final Map<SpecPath, String> inline = new LinkedHashMap<>();

  SpecComments(Map<SpecPath, Located> from, Set<SpecPath> programDefaults,
      Function<SpecPath, Optional<JsonNode>> rhcDefault) {
    this.from = from;
    this.programDefaults = programDefaults;
    this.rhcDefault = rhcDefault;
    for (SpecPath p : from.keySet()) {
      for (SpecPath q = p; !q.isRoot(); q = q.parent()) {
        withShownInside.add(q);
      }
    }
  }

  CommentedYaml.Comments of(JsonNode document, Map<SpecPath, List<String>> extra, List<String> header) {
    SpecPath name = SpecPath.root().at("metadata").at("name");
    if (from.containsKey(name)) {
      shown(document.path("metadata").path("name"), name);
    } else {
      above.put(name, List.of(CHOOSE + " (named after the master group)"));
    }
    SpecPath namespace = SpecPath.root().at("metadata").at("namespace");
    if (from.containsKey(namespace)) {
      shown(document.path("metadata").path("namespace"), namespace);
    }
    walk(document.path("spec"), SPEC);
    extra.forEach((path, lines) -> above.computeIfAbsent(path, p -> new ArrayList<>()).addAll(lines));
    return new CommentedYaml.Comments(above, inline, header);
  }

  private void walk(JsonNode node, SpecPath path) {
    if (from.containsKey(path)) {
      shown(node, path);
      return;
    }
    if (!withShownInside.contains(path) && !path.equals(SPEC)) {
      comment(node, path, CHOOSE + (node.isValueNode() ? "" : " (every value below)"));
      return;
    }
    if (node.isObject()) {
      node.properties().forEach(e -> walk(e.getValue(), path.at(e.getKey())));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path.at(i));
      }
    }
  }

  private void shown(JsonNode node, SpecPath path) {
    Located at = from.get(path);
    String where = at.file() + ":" + at.span().line();
    String text;
    if (path.equals(SPEC.resolve("auth.password")) || path.equals(SPEC.resolve("auth.sentinelPassword"))) {
      text = "a password is set at " + where + "; " + CHOOSE + " where the secret is (the spec names its source,"
          + " never the secret itself)";
    } else if (programDefaults.contains(path)) {
      text = program(path) + " default: not set in " + at.file() + differs(node, path, "the running value is kept");
    } else {
      text = where + differs(node, path, "");
    }
    comment(node, path, text);
  }

  private String differs(JsonNode node, SpecPath path, String kept) {
    Optional<JsonNode> rhc = rhcDefault.apply(path).filter(d -> d.isValueNode() && node.isValueNode()
        && !same(d.asString(), node.asString()));
    return rhc.map(d -> "; rhc's default is " + d.asString() + (kept.isEmpty() ? "" : ", " + kept)).orElse("");
  }

  /** Equal as text, or as the same duration or size written differently ({@code 64mb} and {@code 64Mi}). */
  private static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return Durations.parse(a).equals(Durations.parse(b));
    } catch (UnitException e) {
      try {
        return Sizes.parse(a).equals(Sizes.parse(b));
      } catch (UnitException notASize) {
        return false;
      }
    }
  }

  private void comment(JsonNode node, SpecPath path, String text) {
    if (node.isValueNode()) {
      inline.put(path, text);
    } else {
      above.computeIfAbsent(path, p -> new ArrayList<>()).add(text);
    }
  }

  private static String program(SpecPath path) {
    String first = path.segments().size() > 1 ? (String) path.segments().get(1) : "";
    return switch (first) {
      case "sentinel" -> "Sentinel's";
      case "proxy" -> "HAProxy's";
      default -> "Redis'";
    };
  }
}
