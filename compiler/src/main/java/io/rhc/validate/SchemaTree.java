package io.rhc.validate;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads the raw schema document: the keywords next to a failed one, descriptions, property names. */
final class SchemaTree {
  private final JsonNode root;

  SchemaTree(JsonNode root) {
    this.root = root;
  }

  /** The schema object at a fragment given as segments ({@code ["$defs", "size"]}). */
  JsonNode at(List<String> segments) {
    StringBuilder pointer = new StringBuilder();
    for (String segment : segments) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return root.at(pointer.toString());
  }

  /** Follows a local {@code $ref} (the spec schema has no other kind). */
  JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.path("$ref");
    return ref.isString() && ref.asString().startsWith("#") ? root.at(ref.asString().substring(1)) : schema;
  }

  /** The allowed property names of an object schema, in schema order. */
  List<String> propertyNames(JsonNode objectSchema) {
    return List.copyOf(resolve(objectSchema).path("properties").propertyNames());
  }

  /** The description of a property of an object schema, following {@code $ref} if the property has none. */
  Optional<String> propertyDescription(JsonNode objectSchema, String property) {
    JsonNode schema = resolve(objectSchema).path("properties").path(property);
    return description(schema).or(() -> description(resolve(schema)));
  }

  static Optional<String> description(JsonNode schema) {
    JsonNode description = schema.path("description");
    return description.isString() ? Optional.of(description.asString()) : Optional.empty();
  }
}
