package io.rhc.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.rhc.diag.Diagnostics;
import io.rhc.parse.ParsedDocument;
import io.rhc.parse.SchemaDocument;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** Stage 2: checks the tree against {@code spec.schema.json}. */
public final class SchemaValidator {
  /** Reads and compiles the schema now, unless done already: the costly part of a first validation. */
  public static void prepare() {
    Objects.requireNonNull(Compiled.SCHEMA);
  }

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
    static final JsonNode RAW = SchemaDocument.root();
    static final SchemaTree TREE = new SchemaTree(RAW);
    static final Schema SCHEMA = compile(RAW);

    private static Schema compile(JsonNode raw) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(raw);
      schema.initializeValidators();
      return schema;
    }
  }
}
