package io.rhc.resolve;

import io.rhc.parse.SchemaDocument;
import io.rhc.path.SpecPath;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The {@code default} values of the JSON Schema, looked up by spec path. The schema is the single
 * source of truth for defaults: the resolver never repeats one in Java.
 */
public final class SchemaDefaults {
  private static final SchemaDefaults INSTANCE = new SchemaDefaults(SchemaDocument.root());

  private final JsonNode schema;

  private SchemaDefaults(JsonNode schema) {
    this.schema = schema;
  }

  public static SchemaDefaults instance() {
    return INSTANCE;
  }

  /**
   * The default declared for the value at {@code path}: on the property itself (beside a
   * {@code $ref}) or, failing that, on the definition it refers to.
   */
  public Optional<JsonNode> defaultAt(SpecPath path) {
    return schemaAt(path).flatMap(node -> {
      JsonNode own = node.get("default");
      if (own != null) {
        return Optional.of(own);
      }
      return Optional.ofNullable(deref(node).get("default"));
    });
  }

  private Optional<JsonNode> schemaAt(SpecPath path) {
    JsonNode node = schema;
    for (Object segment : path.segments()) {
      JsonNode current = deref(node);
      JsonNode next;
      if (segment instanceof Integer) {
        next = current.get("items");
      } else {
        JsonNode properties = current.get("properties");
        next = properties == null ? null : properties.get((String) segment);
        if (next == null && current.get("additionalProperties") != null
            && current.get("additionalProperties").isObject()) {
          next = current.get("additionalProperties");
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      node = next;
    }
    return Optional.of(node);
  }

  /** Follows local {@code $ref}s ({@code #/$defs/name}) until the node has none. */
  private JsonNode deref(JsonNode node) {
    JsonNode current = node;
    while (current.get("$ref") != null) {
      String ref = current.get("$ref").asString();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local $refs are supported, found " + ref);
      }
      current = schema.at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new IllegalStateException("dangling $ref " + ref);
      }
    }
    return current;
  }
}
