package io.rhc.audit;

import io.rhc.path.SpecPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A spec document under construction, recording for each value the audited position it came from. */
final class SpecTree {
  static final SpecPath SPEC = SpecPath.root().at("spec");
  final ObjectNode root = JsonNodeFactory.instance.objectNode();
  final Map<SpecPath, Located> locations = new HashMap<>();
  final Set<SpecPath> shown = new HashSet<>();
  /** Shown values that are the program's own default for a directive the files leave out. */
  final Set<SpecPath> programDefaults = new HashSet<>();

  /** A value the files show (set explicitly, or Redis' / HAProxy's own default for a directive left out). */
  void shown(String dotted, JsonNode value, Located from) {
    SpecPath path = SPEC.resolve(dotted);
    put(path, value);
    locations.put(path, from);
    shown.add(path);
  }

  /** A directive the files leave out, shown as the value the program then runs with. */
  void shownDefault(String dotted, JsonNode value, Located from) {
    shown(dotted, value, from);
    programDefaults.add(SPEC.resolve(dotted));
  }

  /** {@link #shown} when {@code explicit}, else {@link #shownDefault}. */
  void shown(String dotted, JsonNode value, Located from, boolean explicit) {
    if (explicit) {
      shown(dotted, value, from);
    } else {
      shownDefault(dotted, value, from);
    }
  }

  /** A setting the files show to be absent (no {@code systemd} section: the material is containers). */
  void shownAbsent(String dotted, Located from) {
    SpecPath path = SPEC.resolve(dotted);
    locations.put(path, from);
    shown.add(path);
  }

  /** A value the schema needs but the files do not show: no rule that reads it is evaluated. */
  void placeholder(String dotted, JsonNode value) {
    put(SPEC.resolve(dotted), value);
  }

  void put(SpecPath path, JsonNode value) {
    ObjectNode at = root;
    var segments = path.segments();
    for (int i = 0; i < segments.size() - 1; i++) {
      String key = (String) segments.get(i);
      JsonNode next = at.get(key);
      at = next instanceof ObjectNode o ? o : at.putObject(key);
    }
    at.set((String) segments.get(segments.size() - 1), value);
  }

  static JsonNode text(String s) {
    return JsonNodeFactory.instance.stringNode(s);
  }

  static JsonNode number(int n) {
    return JsonNodeFactory.instance.numberNode(n);
  }

  static JsonNode bool(boolean b) {
    return JsonNodeFactory.instance.booleanNode(b);
  }
}
