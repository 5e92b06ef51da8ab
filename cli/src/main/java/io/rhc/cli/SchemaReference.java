package io.rhc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Renders the JSON Schema as a Markdown table: one row per property, with type, default and description. */
final class SchemaReference {
  private final JsonNode root;

  SchemaReference(String schemaJson) {
    this.root = JsonMapper.builder().build().readTree(schemaJson);
  }

  String markdown() {
    List<String> rows = new ArrayList<>();
    rows.add("| key | type | default | description |");
    rows.add("|---|---|---|---|");
    walk("", root, rows);
    return String.join("\n", rows) + "\n";
  }

  private void walk(String path, JsonNode node, List<String> rows) {
    JsonNode schema = deref(node);
    JsonNode properties = schema.path("properties");
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      String key = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
      JsonNode value = property.getValue();
      JsonNode resolved = deref(value);
      rows.add("| `" + key + "` | " + type(resolved) + " | " + defaultOf(value, resolved) + " | "
          + cell(description(value, resolved)) + " |");
      if (resolved.has("properties")) {
        walk(key, resolved, rows);
      } else if (resolved.path("items").has("properties") || resolved.path("items").has("$ref")) {
        JsonNode items = deref(resolved.path("items"));
        if (items.has("properties")) {
          walk(key + "[]", items, rows);
        }
      } else if (resolved.has("additionalProperties") && resolved.get("additionalProperties").isObject()) {
        JsonNode values = deref(resolved.get("additionalProperties"));
        if (values.has("properties")) {
          walk(key + ".*", values, rows);
        }
      }
    }
  }

  private JsonNode deref(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asString();
      current = root.at(ref.substring(1));
    }
    return current;
  }

  private String type(JsonNode s) {
    if (s.has("const")) {
      return "`" + s.get("const").asString() + "`";
    }
    if (s.has("enum")) {
      List<String> values = new ArrayList<>();
      s.get("enum").forEach(v -> values.add("`" + v.asString() + "`"));
      return String.join(" \\| ", values);
    }
    String type = s.path("type").asString("");
    if ("array".equals(type)) {
      JsonNode items = deref(s.path("items"));
      return "list of " + (items.has("properties") ? "objects" : type(items));
    }
    if ("string".equals(type) && s.has("pattern")) {
      String title = patternName(s);
      return title.isEmpty() ? "string" : title;
    }
    return type.isEmpty() ? "object" : type;
  }

  private String patternName(JsonNode s) {
    for (Map.Entry<String, JsonNode> def : root.path("$defs").properties()) {
      if (def.getValue().path("pattern").equals(s.path("pattern"))) {
        return def.getKey();
      }
    }
    return "";
  }

  private static String defaultOf(JsonNode value, JsonNode resolved) {
    JsonNode d = value.has("default") ? value.get("default") : resolved.get("default");
    if (d == null || (d.isObject() && d.isEmpty())) {
      return "";
    }
    if (d.isArray() && d.isEmpty()) {
      return "`[]`";
    }
    return "`" + (d.isString() ? d.asString() : d.toString()) + "`";
  }

  private static String description(JsonNode value, JsonNode resolved) {
    return value.has("description") ? value.get("description").asString() : resolved.path("description").asString("");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
