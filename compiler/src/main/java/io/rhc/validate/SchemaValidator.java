package io.rhc.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.rhc.diag.Diagnostics;
import io.rhc.parse.ParsedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stage 2: checks the tree against {@code spec.schema.json}. */
public final class SchemaValidator {
  private static final String SCHEMA_RESOURCE = "/io/rhc/schema/spec.schema.json";

  public void validate(ParsedDocument document, Diagnostics diagnostics) {
    SchemaErrorAdapter adapter = new SchemaErrorAdapter(Compiled.TREE, document);
    mostSpecific(Compiled.SCHEMA.validate(document.root())).forEach(e -> diagnostics.add(adapter.toDiagnostic(e)));
  }

  /**
   * One error per instance location, keyword and property: when a {@code $ref} chain makes the
   * validator report the same failure more than once, the one deepest in the schema stays.
   */
  static List<Error> mostSpecific(List<Error> errors) {
    Map<String, Error> chosen = new LinkedHashMap<>();
    Comparator<Error> depth = Comparator.comparingInt(e -> e.getEvaluationPath().getNameCount());
    for (Error error : errors) {
      String key = error.getInstanceLocation() + "\u0000" + error.getKeyword() + "\u0000" + error.getProperty();
      chosen.merge(key, error, (a, b) -> depth.compare(b, a) > 0 ? b : a);
    }
    return List.copyOf(chosen.values());
  }

  /** Loaded once per JVM on first use: reading and compiling the schema is the costly part. */
  private static final class Compiled {
    static final JsonNode RAW = read();
    static final SchemaTree TREE = new SchemaTree(RAW);
    static final Schema SCHEMA = compile(RAW);

    private static JsonNode read() {
      try (InputStream in = SchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
        }
        return JsonMapper.builder().build().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Schema compile(JsonNode raw) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(raw);
      schema.initializeValidators();
      return schema;
    }
  }
}
