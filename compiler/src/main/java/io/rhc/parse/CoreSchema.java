package io.rhc.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Types plain scalars by the YAML 1.2 core schema. Unlike YAML 1.1 (SnakeYAML's default),
 * {@code yes}, {@code no}, {@code on}, {@code off}, sexagesimals such as {@code 1:30} and timestamps stay
 * strings, so the schema can say "expected boolean" and the hint can name {@code true}.
 */
final class CoreSchema {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.nan|\\.NaN|\\.NAN");

  private CoreSchema() {}

  /** The JSON value of a plain (unquoted, untagged) scalar. */
  static JsonNode plain(String text) {
    return nullValue(text)
        .or(() -> booleanValue(text))
        .or(() -> integerValue(text))
        .or(() -> floatValue(text))
        .orElseGet(() -> NODES.stringNode(text));
  }

  static Optional<JsonNode> nullValue(String text) {
    return NULL.matcher(text).matches() ? Optional.of(NODES.nullNode()) : Optional.empty();
  }

  static Optional<JsonNode> booleanValue(String text) {
    if (TRUE.matcher(text).matches()) {
      return Optional.of(NODES.booleanNode(true));
    }
    return FALSE.matcher(text).matches() ? Optional.of(NODES.booleanNode(false)) : Optional.empty();
  }

  static Optional<JsonNode> integerValue(String text) {
    if (DECIMAL_INT.matcher(text).matches()) {
      return Optional.of(integer(new BigInteger(text.startsWith("+") ? text.substring(1) : text)));
    }
    if (OCTAL_INT.matcher(text).matches()) {
      return Optional.of(integer(new BigInteger(text.substring(2), 8)));
    }
    if (HEX_INT.matcher(text).matches()) {
      return Optional.of(integer(new BigInteger(text.substring(2), 16)));
    }
    return Optional.empty();
  }

  static Optional<JsonNode> floatValue(String text) {
    if (FLOAT.matcher(text).matches()) {
      try {
        return Optional.of(NODES.numberNode(new BigDecimal(text)));
      } catch (NumberFormatException exponentOutOfRange) {
        return Optional.of(NODES.numberNode(Double.parseDouble(text)));
      }
    }
    if (INFINITY.matcher(text).matches()) {
      return Optional.of(NODES.numberNode(
          text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY));
    }
    return NAN.matcher(text).matches() ? Optional.of(NODES.numberNode(Double.NaN)) : Optional.empty();
  }

  private static JsonNode integer(BigInteger value) {
    if (value.bitLength() < Integer.SIZE) {
      return NODES.numberNode(value.intValue());
    }
    return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
  }
}
