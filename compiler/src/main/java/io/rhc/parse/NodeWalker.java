package io.rhc.parse;

import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import io.rhc.source.SourceMap;
import io.rhc.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks a composed YAML node graph into a JSON tree, recording where every value and key sits
 * and collecting every problem on the way rather than stopping at the first.
 */
final class NodeWalker {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String INJECTION_DETAIL = "Values are written line by line into redis.conf, "
      + "sentinel.conf, haproxy.cfg and unit files; this character would inject configuration.";

  private final SourceMap sourceMap = new SourceMap();
  private final List<Diagnostic> problems = new ArrayList<>();

  SourceMap sourceMap() {
    return sourceMap;
  }

  List<Diagnostic> problems() {
    return List.copyOf(problems);
  }

  /** Walks a graph that {@link ExpansionCheck} has accepted: finite and small once expanded. */
  JsonNode walk(Node node, SpecPath path) {
    sourceMap.putValue(path, Spans.of(node));
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar, path);
    }
    return node instanceof MappingNode mapping ? mapping(mapping, path) : sequence((SequenceNode) node, path);
  }

  private JsonNode mapping(MappingNode mapping, SpecPath path) {
    if (!mapping.getTag().equals(Tag.MAP)) {
      unsupportedTag(mapping, path);
    }
    ObjectNode object = NODES.objectNode();
    Map<String, Span> firstSeen = new HashMap<>();
    for (NodeTuple entry : mapping.getValue()) {
      Optional<String> key = key(entry.getKeyNode(), path);
      if (key.isEmpty()) {
        continue;
      }
      SpecPath child = path.at(key.get());
      Span keySpan = Spans.of(entry.getKeyNode());
      Span first = firstSeen.putIfAbsent(key.get(), keySpan);
      if (first != null) {
        problems.add(ParseProblems.error(ParseProblems.DUPLICATE_KEY, child, keySpan,
            "Duplicate key `" + key.get() + "`", "The key is first defined on line " + first.line() + ".",
            "Keep one `" + key.get() + "` and merge the two values into it."));
        continue;
      }
      sourceMap.putKey(child, keySpan);
      guardControlCharacters(key.get(), child, keySpan, "Key");
      object.set(key.get(), walk(entry.getValueNode(), child));
    }
    return object;
  }

  private JsonNode sequence(SequenceNode sequence, SpecPath path) {
    if (!sequence.getTag().equals(Tag.SEQ)) {
      unsupportedTag(sequence, path);
    }
    ArrayNode array = NODES.arrayNode();
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      array.add(walk(items.get(i), path.at(i)));
    }
    return array;
  }

  /** The key as a string, or empty (with a diagnostic) when it is not a plain string key. */
  private Optional<String> key(Node keyNode, SpecPath parent) {
    if (!(keyNode instanceof ScalarNode scalar)) {
      problems.add(ParseProblems.error(ParseProblems.UNSUPPORTED, parent, Spans.of(keyNode),
          "Complex mapping key", "Keys of a spec are always plain names.",
          "Write the key as a plain name such as `port`, not as a list or mapping."));
      return Optional.empty();
    }
    String text = scalar.getValue();
    if (scalar.getTag().equals(PlainScalarResolver.PLAIN) && text.equals("<<")) {
      problems.add(ParseProblems.error(ParseProblems.UNSUPPORTED, parent.at(text), Spans.of(keyNode),
          "Merge key `<<` is not supported", "Merge keys are a YAML 1.1 extension that YAML 1.2 dropped.",
          "Write the merged keys out in this mapping."));
      return Optional.empty();
    }
    JsonNode typed = typed(scalar, parent);
    if (!typed.isString()) {
      problems.add(ParseProblems.error(ParseProblems.UNSUPPORTED, parent.at(text), Spans.of(keyNode),
          "Key `" + text + "` is not a string", "YAML reads this key as a " + kind(typed) + ".",
          "Quote the key: `\"" + text + "\":`."));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  private JsonNode scalar(ScalarNode scalar, SpecPath path) {
    guardControlCharacters(scalar.getValue(), path, Spans.of(scalar), "Value");
    return typed(scalar, path);
  }

  private JsonNode typed(ScalarNode scalar, SpecPath path) {
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (tag.equals(PlainScalarResolver.PLAIN)) {
      return CoreSchema.plain(text);
    }
    Optional<JsonNode> typed;
    if (tag.equals(Tag.STR)) {
      typed = Optional.of(NODES.stringNode(text));
    } else if (tag.equals(Tag.INT)) {
      typed = CoreSchema.integerValue(text);
    } else if (tag.equals(Tag.FLOAT)) {
      typed = CoreSchema.floatValue(text).or(() -> CoreSchema.integerValue(text));
    } else if (tag.equals(Tag.BOOL)) {
      typed = CoreSchema.booleanValue(text);
    } else if (tag.equals(Tag.NULL)) {
      typed = CoreSchema.nullValue(text);
    } else {
      unsupportedTag(scalar, path);
      return NODES.stringNode(text);
    }
    if (typed.isEmpty()) {
      problems.add(ParseProblems.error(ParseProblems.UNSUPPORTED, path, Spans.of(scalar),
          "`" + text + "` is not a valid `" + display(tag) + "`", null,
          "Remove the `" + display(tag) + "` tag or correct the value."));
      return NODES.stringNode(text);
    }
    return typed.get();
  }

  private void unsupportedTag(Node node, SpecPath path) {
    problems.add(ParseProblems.error(ParseProblems.UNSUPPORTED, path, Spans.of(node),
        "Tag `" + display(node.getTag()) + "` is not supported",
        "Language and custom tags can make YAML loaders build objects or run code; a spec holds only "
            + "strings, numbers, booleans, lists and mappings.",
        "Remove the tag and write the plain value."));
  }

  private void guardControlCharacters(String text, SpecPath path, Span span, String what) {
    text.codePoints().filter(NodeWalker::isForbidden).findFirst().ifPresent(c -> problems.add(
        ParseProblems.error(ParseProblems.INJECTION, path, span, what + " contains " + describe(c),
            INJECTION_DETAIL, c == '\n' || c == '\r'
                ? "Write the value on one line, without `\\n` escapes or block scalars (`|`, `>`)."
                : "Remove the control character from the value.")));
  }

  private static boolean isForbidden(int c) {
    return c != '\t' && (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029);
  }

  private static String describe(int c) {
    return switch (c) {
      case '\n' -> "a line break (`\\n`)";
      case '\r' -> "a carriage return (`\\r`)";
      default -> String.format(Locale.ROOT, "the control character U+%04X", c);
    };
  }

  private static String kind(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    return node.isBoolean() ? "boolean" : "number";
  }

  private static String display(Tag tag) {
    return tag.getValue().startsWith(Tag.PREFIX) ? "!!" + tag.getValue().substring(Tag.PREFIX.length()) : tag.getValue();
  }
}
