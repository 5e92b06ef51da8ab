package io.rhc.validate;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.DidYouMean;
import io.rhc.diag.Severity;
import io.rhc.parse.ParsedDocument;
import io.rhc.path.SpecPath;
import io.rhc.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Maps each networknt {@link Error} to one located diagnostic in the spec's own terms. */
final class SchemaErrorAdapter {
  static final String UNKNOWN_KEY = "RHC0101";
  static final String MISSING_KEY = "RHC0102";
  static final String WRONG_TYPE = "RHC0103";
  static final String OUT_OF_RANGE = "RHC0104";
  static final String NOT_ALLOWED = "RHC0105";
  static final String BAD_FORM = "RHC0106";
  static final String NOT_ONE_SOURCE = "RHC0107";

  private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "on", "off", "y", "n");

  private final SchemaTree schema;
  private final ParsedDocument document;

  SchemaErrorAdapter(SchemaTree schema, ParsedDocument document) {
    this.schema = schema;
    this.document = document;
  }

  Diagnostic toDiagnostic(Error error) {
    SpecPath at = specPath(error.getInstanceLocation());
    List<String> fragment = segments(error.getSchemaLocation().getFragment());
    List<String> ownerFragment = fragment.subList(0, fragment.size() - 1);
    JsonNode owner = schema.at(ownerFragment);
    JsonNode value = error.getInstanceNode();
    String keyword = error.getKeyword();
    return switch (keyword) {
      case "additionalProperties" -> unknownKey(at.at(error.getProperty()), owner);
      case "required" -> missingKey(at, error.getProperty(), owner);
      case "type" -> located(WRONG_TYPE, at, false, wrongType(at, value, error.getSchemaNode().asString(),
          definition(ownerFragment)));
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
          located(OUT_OF_RANGE, at, false, numberRange(at, value, owner, keyword));
      case "minItems", "maxItems" -> located(OUT_OF_RANGE, at, false,
          countRange(at, value.size(), owner, "minItems", "maxItems", "item", "List"));
      case "minLength", "maxLength" -> located(OUT_OF_RANGE, at, false,
          countRange(at, value.asString().codePointCount(0, value.asString().length()), owner,
              "minLength", "maxLength", "character", "Write"));
      case "minProperties", "maxProperties" -> exactlyOne(owner)
          ? located(NOT_ONE_SOURCE, at, false, notOneSource(at, value, owner))
          : located(OUT_OF_RANGE, at, false,
              countRange(at, value.size(), owner, "minProperties", "maxProperties", "key", "Write"));
      case "uniqueItems" -> located(OUT_OF_RANGE, at, false, repeatedItem(at, value));
      case "enum", "const" -> located(NOT_ALLOWED, at, false, notAllowed(at, value, owner, keyword));
      case "pattern" -> located(BAD_FORM, at, false,
          PatternExplanations.explain(definition(ownerFragment), owner, field(at), value.asString()));
      case "propertyNames" -> located(BAD_FORM, at.at(error.getProperty()), true, new Explanation(
          "Label key `" + error.getProperty() + "` is not a valid Kubernetes label key",
          "Write an optional DNS prefix and `/`, then up to 63 letters, digits, `-`, `_` or `.`, "
              + "for example `app.kubernetes.io/part-of`."));
      default -> located(BAD_FORM, at, false, new Explanation("`" + field(at) + "` does not match the spec format",
          "Compare the value with `" + field(at) + "` in the examples."));
    };
  }

  private Diagnostic unknownKey(SpecPath key, JsonNode owner) {
    List<String> allowed = schema.propertyNames(owner);
    String hint = DidYouMean.closest(key.leaf(), allowed)
        .map(s -> "Did you mean `" + s + "`?")
        .orElse(allowed.isEmpty() ? "Remove the key." : "Remove it, or use one of " + oneOf(allowed) + ".");
    return located(UNKNOWN_KEY, key, true, new Explanation("Unknown key `" + key.leaf() + "`", hint));
  }

  private Diagnostic missingKey(SpecPath parent, String property, JsonNode owner) {
    Span span = document.sourceMap().key(parent).or(() -> document.sourceMap().nearest(parent)).orElse(Span.at(1, 1));
    String where = parent.isRoot() ? "at the top level" : "under `" + field(parent) + "`";
    return new Diagnostic(Severity.ERROR, MISSING_KEY, parent.at(property), null, span,
        "Missing required key `" + property + "` " + where,
        schema.propertyDescription(owner, property).orElse(null),
        "Add `" + property + ":` " + where + ".");
  }

  private static Explanation wrongType(SpecPath at, JsonNode value, String expected, Optional<String> definition) {
    String summary = "Expected " + typeName(expected) + " for `" + field(at) + "`, got " + describe(value);
    if (value.isNull()) {
      return new Explanation(summary, "Give `" + field(at) + "` a value or delete the line.");
    }
    String hint = switch (expected) {
      case "string" -> stringHint(value, definition);
      case "boolean" -> value.isString() && YAML11_BOOLEANS.contains(value.asString().toLowerCase(Locale.ROOT))
          ? "Write `true` or `false`; YAML 1.2 reads `" + value.asString() + "` as text, not as a boolean."
          : "Write `true` or `false`.";
      case "integer" -> value.isString() && value.asString().matches("[0-9]+")
          ? "Remove the quotes: write `" + value.asString() + "`."
          : "Write a whole number without quotes.";
      case "object" -> "Write `key: value` lines indented under `" + field(at) + "`.";
      case "array" -> "Write a list: `- item` lines or `[a, b]`.";
      default -> "Write " + typeName(expected) + ".";
    };
    return new Explanation(summary, hint);
  }

  private static String stringHint(JsonNode value, Optional<String> definition) {
    String def = definition.orElse("");
    if (def.equals("version")) {
      return "Quote a full version such as `\"8.6.2\"`; unquoted, YAML reads `" + value + "` as a number.";
    }
    if (value.isNumber() && Set.of("size", "sizeOrPercent", "duration").contains(def)) {
      return PatternExplanations.explain(definition, value, "", value.toString()).hint();
    }
    if (value.isContainer()) {
      return "Write a single value here, not a " + (value.isObject() ? "mapping" : "list") + ".";
    }
    return "Quote the value so YAML reads it as text: `\"" + value.asString() + "\"`.";
  }

  private static Explanation numberRange(SpecPath at, JsonNode value, JsonNode owner, String keyword) {
    String bound = owner.path(keyword).toString();
    String relation = switch (keyword) {
      case "minimum" -> "at least " + bound;
      case "maximum" -> "at most " + bound;
      case "exclusiveMinimum" -> "above " + bound;
      default -> "below " + bound;
    };
    JsonNode min = owner.path("minimum");
    JsonNode max = owner.path("maximum");
    String hint = min.isNumber() && max.isNumber()
        ? "Use a value from " + min + " to " + max + "."
        : "Use a value " + relation + ".";
    return new Explanation("`" + field(at) + "` must be " + relation + ", got " + value, hint);
  }

  private static Explanation countRange(SpecPath at, int actual, JsonNode owner, String minKeyword,
      String maxKeyword, String unit, String verb) {
    JsonNode min = owner.path(minKeyword);
    JsonNode max = owner.path(maxKeyword);
    boolean tooFew = min.isNumber() && actual < min.asInt();
    String limit = tooFew ? "needs at least " + min.asInt() : "allows at most " + max.asInt();
    String range = min.isNumber() && max.isNumber()
        ? "from " + min.asInt() + " to " + plural(max.asInt(), unit)
        : (tooFew ? "at least " + plural(min.asInt(), unit) : "at most " + plural(max.asInt(), unit));
    return new Explanation("`" + field(at) + "` has " + plural(actual, unit) + ", " + limit, verb + " " + range + ".");
  }

  private static boolean exactlyOne(JsonNode owner) {
    return owner.path("minProperties").asInt() == 1 && owner.path("maxProperties").asInt() == 1;
  }

  private Explanation notOneSource(SpecPath at, JsonNode value, JsonNode owner) {
    List<String> allowed = schema.propertyNames(owner);
    List<String> given = List.copyOf(value.propertyNames());
    if (given.isEmpty()) {
      return new Explanation("`" + field(at) + "` names no source", "Exactly one source is allowed.",
          "Add one of " + oneOf(allowed) + ".");
    }
    return new Explanation("`" + field(at) + "` names " + given.size() + " sources: " + oneOf(given).replace(" or ",
        " and "), "Exactly one source is allowed, so it is unambiguous which one the cluster uses.",
        "Keep only one of " + oneOf(given) + ".");
  }

  private static Explanation repeatedItem(SpecPath at, JsonNode value) {
    Set<JsonNode> seen = new HashSet<>();
    String repeated = "";
    for (JsonNode item : value.values()) {
      if (!seen.add(item)) {
        repeated = item.isString() ? item.asString() : item.toString();
        break;
      }
    }
    return new Explanation("`" + field(at) + "` lists `" + repeated + "` more than once", "List each value once.");
  }

  private static Explanation notAllowed(SpecPath at, JsonNode value, JsonNode owner, String keyword) {
    String given = value.isString() ? value.asString() : value.toString();
    if (keyword.equals("const")) {
      String expected = owner.path("const").asString();
      return new Explanation("`" + field(at) + "` must be `" + expected + "`, got `" + given + "`",
          "Write `" + field(at) + ": " + expected + "`.");
    }
    List<String> allowed = new ArrayList<>();
    owner.path("enum").values().forEach(v -> allowed.add(v.asString()));
    String hint = DidYouMean.closest(given, allowed)
        .map(s -> "Did you mean `" + s + "`? Allowed: " + oneOf(allowed) + ".")
        .orElse("Use one of " + oneOf(allowed) + ".");
    return new Explanation("`" + given + "` is not an allowed value for `" + field(at) + "`", hint);
  }

  /** At the key for unknown keys and for whole mappings or lists, otherwise at the value. */
  private Diagnostic located(String code, SpecPath path, boolean atKey, Explanation words) {
    boolean container = document.root().at(path.toJsonPointer()).isContainer();
    Optional<Span> key = atKey || container ? document.sourceMap().key(path) : Optional.empty();
    Span span = key.or(() -> document.sourceMap().nearest(path)).orElse(Span.at(1, 1));
    return new Diagnostic(Severity.ERROR, code, path, null, span, words.summary(), words.detail(), words.hint());
  }

  /** The {@code $defs} entry a keyword sits directly in, such as {@code size} for {@code /$defs/size}. */
  private static Optional<String> definition(List<String> ownerFragment) {
    return ownerFragment.size() == 2 && ownerFragment.get(0).equals("$defs")
        ? Optional.of(ownerFragment.get(1))
        : Optional.empty();
  }

  /** The field name people know: the last key, with the index for list items ({@code hosts[1]}). */
  private static String field(SpecPath path) {
    List<Object> segments = path.segments();
    if (segments.isEmpty()) {
      return "(root)";
    }
    Object last = segments.get(segments.size() - 1);
    return last instanceof Integer index ? field(path.parent()) + "[" + index + "]" : (String) last;
  }

  private static String typeName(String jsonType) {
    return switch (jsonType) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "integer" -> "a whole number";
      case "null" -> "nothing";
      default -> "a " + jsonType;
    };
  }

  private static String describe(JsonNode value) {
    if (value.isNull()) {
      return "nothing";
    }
    if (value.isObject() || value.isArray()) {
      return value.isObject() ? "a mapping" : "a list";
    }
    String kind = value.isString() ? "string" : value.isBoolean() ? "boolean" : "number";
    return "the " + kind + " `" + (value.isString() ? value.asString() : value.toString()) + "`";
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  static String oneOf(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(i == names.size() - 1 ? " or " : ", ");
      }
      sb.append('`').append(names.get(i)).append('`');
    }
    return sb.toString();
  }

  private static SpecPath specPath(NodePath location) {
    SpecPath path = SpecPath.root();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path = element instanceof Integer index ? path.at(index) : path.at(String.valueOf(element));
    }
    return path;
  }

  private static List<String> segments(NodePath fragment) {
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < fragment.getNameCount(); i++) {
      segments.add(String.valueOf(fragment.getElement(i)));
    }
    return segments;
  }
}
