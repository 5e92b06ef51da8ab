package io.rhc.resolve;

import io.rhc.diag.Diagnostics;
import io.rhc.model.ByteSize;
import io.rhc.model.Origin;
import io.rhc.path.SpecPath;
import io.rhc.units.Durations;
import io.rhc.units.Sizes;
import io.rhc.units.UnitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads values of a schema-valid spec tree by path, falling back to the schema's defaults, and
 * records where every value read came from. A required value that is neither in the file nor
 * defaulted is a bug in the resolver (the schema guarantees it), not a user error.
 */
final class SpecReader {
  private record Found(JsonNode node, Origin origin) {}

  private final JsonNode root;
  private final SchemaDefaults defaults;
  private final Diagnostics diagnostics;
  private final Map<SpecPath, Origin> origins = new HashMap<>();

  SpecReader(JsonNode root, SchemaDefaults defaults, Diagnostics diagnostics) {
    this.root = root;
    this.defaults = defaults;
    this.diagnostics = diagnostics;
  }

  Map<SpecPath, Origin> origins() {
    return origins;
  }

  /** True when the file itself holds a value at {@code path}. */
  boolean inFile(SpecPath path) {
    JsonNode node = root;
    for (Object segment : path.segments()) {
      node = child(node, segment);
      if (node == null) {
        return false;
      }
    }
    return !node.isNull();
  }

  /** The value from the file, else the schema default; records its origin. */
  <T> T read(SpecPath path, Function<JsonNode, T> convert) {
    Found found = find(path).orElseThrow(() -> new IllegalStateException("no value and no default at " + path));
    origins.put(path, found.origin());
    return convert.apply(found.node());
  }

  <T> Optional<T> optional(SpecPath path, Function<JsonNode, T> convert) {
    return find(path).map(found -> {
      origins.put(path, found.origin());
      return convert.apply(found.node());
    });
  }

  /** The value from the file or the schema default, else {@code derived} with the reason. */
  <T> T readOr(SpecPath path, Function<JsonNode, T> convert, Supplier<T> derived, String why) {
    return optional(path, convert).orElseGet(() -> {
      origins.put(path, Origin.derived(why));
      return derived.get();
    });
  }

  /** Records the origin of a value the resolver computed without reading it. */
  void record(SpecPath path, Origin origin) {
    origins.put(path, origin);
  }

  /** Number of entries of a list or map (file or default); an empty one is itself a leaf. */
  int count(SpecPath listOrMap) {
    Optional<Found> found = find(listOrMap);
    int size = found.map(f -> f.node().size()).orElse(0);
    if (size == 0) {
      origins.put(listOrMap, found.map(Found::origin).orElse(Origin.byDefault()));
    }
    return size;
  }

  /** A list of scalars, as one leaf. */
  List<String> texts(SpecPath list) {
    return read(list, node -> {
      List<String> items = new ArrayList<>();
      node.values().forEach(item -> items.add(item.asString()));
      return items;
    });
  }

  /** Keys of an object value (file or default), as found. */
  List<String> keys(SpecPath object) {
    return find(object).map(f -> List.copyOf(f.node().propertyNames())).orElse(List.of());
  }

  /** A value from the file or a default, without recording it (for inputs the model does not keep). */
  <T> Optional<T> peek(SpecPath path, Function<JsonNode, T> convert) {
    return find(path).map(found -> convert.apply(found.node()));
  }

  /** An enum value written in kebab or lower case ({@code allkeys-lru} is {@code ALLKEYS_LRU}). */
  <E extends Enum<E>> E choice(SpecPath path, Class<E> type) {
    return read(path, node -> enumOf(type, node.asString()));
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String id) {
    return Enum.valueOf(type, id.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  String text(SpecPath path) {
    return read(path, JsonNode::asString);
  }

  Optional<String> optionalText(SpecPath path) {
    return optional(path, JsonNode::asString);
  }

  int integer(SpecPath path) {
    return read(path, JsonNode::intValue);
  }

  OptionalInt optionalInteger(SpecPath path) {
    return optional(path, JsonNode::intValue).map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  boolean flag(SpecPath path) {
    return read(path, JsonNode::booleanValue);
  }

  ByteSize size(SpecPath path) {
    return read(path, node -> toSize(path, node));
  }

  Optional<ByteSize> optionalSize(SpecPath path) {
    return optional(path, node -> toSize(path, node));
  }

  Duration duration(SpecPath path) {
    return read(path, node -> toDuration(path, node));
  }

  Optional<Duration> optionalDuration(SpecPath path) {
    return optional(path, node -> toDuration(path, node));
  }

  private ByteSize toSize(SpecPath path, JsonNode node) {
    try {
      return Sizes.parse(node.asString());
    } catch (UnitException e) {
      unreadable(path, e);
      return ByteSize.ofBytes(0);
    }
  }

  private Duration toDuration(SpecPath path, JsonNode node) {
    try {
      return Durations.parse(node.asString());
    } catch (UnitException e) {
      unreadable(path, e);
      return Duration.ZERO;
    }
  }

  private void unreadable(SpecPath path, UnitException e) {
    diagnostics.error("RHC0212", path, e.getMessage(), e.hint());
  }

  /**
   * Walks the file; where a key is missing, continues inside the schema default of that
   * position (so an omitted section with {@code default: {}} yields its members' defaults).
   */
  private Optional<Found> find(SpecPath path) {
    JsonNode node = root;
    Origin origin = Origin.user();
    List<Object> segments = path.segments();
    for (int i = 0; i < segments.size(); i++) {
      JsonNode next = child(node, segments.get(i));
      if (next == null || next.isNull()) {
        SpecPath prefix = prefix(segments, i + 1);
        Optional<JsonNode> fallback = defaults.defaultAt(prefix);
        if (fallback.isEmpty()) {
          return Optional.empty();
        }
        next = fallback.get();
        origin = Origin.byDefault();
      }
      node = next;
    }
    return Optional.of(new Found(node, origin));
  }

  private static JsonNode child(JsonNode node, Object segment) {
    if (segment instanceof Integer index) {
      return node.isArray() ? node.get(index) : null;
    }
    return node.isObject() ? node.get((String) segment) : null;
  }

  private static SpecPath prefix(List<Object> segments, int length) {
    SpecPath path = SpecPath.root();
    for (Object segment : segments.subList(0, length)) {
      path = segment instanceof Integer index ? path.at(index) : path.at((String) segment);
    }
    return path;
  }
}
