package io.rhc.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The resolved spec as an ordered tree of printable values, keyed like the spec file. */
sealed interface Tree {
  /** A printable value. */
  record Leaf(String value) implements Tree {}

  /** A list of objects. */
  record Sequence(List<Mapping> items) implements Tree {}

  /** An object whose keys keep the order they were put in. */
  final class Mapping implements Tree {
    private final Map<String, Tree> entries = new LinkedHashMap<>();

    Map<String, Tree> entries() {
      return entries;
    }

    Mapping put(String key, Object value) {
      entries.put(key, new Leaf(Values.format(value)));
      return this;
    }

    Mapping putIfPresent(String key, Optional<?> value) {
      value.ifPresent(v -> put(key, v));
      return this;
    }

    Mapping section(String key) {
      Mapping child = new Mapping();
      entries.put(key, child);
      return child;
    }

    /** A list of objects, or the leaf {@code []} when empty. */
    <T> Mapping list(String key, List<T> items, BiConsumer<Mapping, T> fill) {
      if (items.isEmpty()) {
        entries.put(key, new Leaf("[]"));
        return this;
      }
      List<Mapping> mapped = new ArrayList<>();
      for (T item : items) {
        Mapping child = new Mapping();
        fill.accept(child, item);
        mapped.add(child);
      }
      entries.put(key, new Sequence(mapped));
      return this;
    }
  }
}
