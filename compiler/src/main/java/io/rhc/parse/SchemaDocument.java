package io.rhc.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON Schema of the spec, a class-path resource read once per process: validate compiles it, resolve
 * reads its defaults (each used to read and parse it on its own).
 */
public final class SchemaDocument {
  public static final String RESOURCE = "io/rhc/schema/spec.schema.json";

  private SchemaDocument() {}

  public static JsonNode root() {
    return Loaded.ROOT;
  }

  private static final class Loaded {
    static final JsonNode ROOT = load();
  }

  private static JsonNode load() {
    try (InputStream in = SchemaDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
