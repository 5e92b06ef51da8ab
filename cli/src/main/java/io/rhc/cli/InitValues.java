package io.rhc.cli;

import io.rhc.units.Sizes;
import io.rhc.units.UnitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the answers of {@code rhc init}, from flags or questions alike; a wrong one is an
 * {@link IllegalArgumentException} whose message names what is allowed. Every value is checked before it
 * goes into the YAML, so none can add a line or a key to it.
 */
final class InitValues {
  private static final Pattern NO_SPACE = Pattern.compile("\\S+");

  private InitValues() {}

  static StarterSpec.Target target(String text) {
    return StarterSpec.target(text).orElseThrow(() -> new IllegalArgumentException(
        "`" + text + "` is not a target: use one of " + String.join(", ", StarterSpec.targetIds())));
  }

  static StarterSpec.Data data(String text) {
    return StarterSpec.data(text).orElseThrow(() -> new IllegalArgumentException(
        "`" + text + "` is not a kind of data: use one of " + String.join(", ", StarterSpec.dataIds())));
  }

  static int nodes(String text) {
    String count = text.strip();
    if (!count.matches("[0-9]{1,2}") || Integer.parseInt(count) < StarterSpec.MIN_NODES
        || Integer.parseInt(count) > StarterSpec.MAX_NODES) {
      throw new IllegalArgumentException("`" + count + "` is not a number of data nodes: use " + StarterSpec.MIN_NODES
          + " to " + StarterSpec.MAX_NODES + " (one master and at least one replica to fail over to)");
    }
    return Integer.parseInt(count);
  }

  static String memory(String text) {
    String size = text.strip();
    try {
      Sizes.parse(size);
    } catch (UnitException e) {
      throw new IllegalArgumentException(e.getMessage() + ". " + e.hint());
    }
    if (!Schema.SIZE.matcher(size).matches()) {
      throw new IllegalArgumentException("`" + size + "` is not a memory size in the accepted form: write at most"
          + " 15 digits and one unit, for example `768Mi`, `2Gi` or `1G`");
    }
    return size;
  }

  static String name(String text) {
    String name = text.strip();
    if (name.length() > Schema.NAME_LENGTH || !Schema.NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("`" + name + "` is not a cluster name: use at most " + Schema.NAME_LENGTH
          + " lower-case letters, digits and `-`, starting with a letter and ending with a letter or digit,"
          + " for example `redis-main`");
    }
    return name;
  }

  static String schemaRef(String text) {
    if (!NO_SPACE.matcher(text).matches()) {
      throw new IllegalArgumentException("`" + text + "` is not a schema path or URL: it must be one word"
          + " without spaces");
    }
    return text;
  }

  /** The patterns the schema holds for the values init writes verbatim, read from the schema itself. */
  private static final class Schema {
    static final Pattern SIZE;
    static final Pattern NAME;
    static final int NAME_LENGTH;

    static {
      JsonNode root;
      try {
        root = JsonMapper.builder().build().readTree(SchemaCommand.schemaText());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      SIZE = Pattern.compile(root.at("/$defs/size/pattern").asString());
      JsonNode name = root.at("/properties/metadata/properties/name");
      NAME = Pattern.compile(name.path("pattern").asString());
      NAME_LENGTH = name.path("maxLength").asInt();
    }
  }
}
