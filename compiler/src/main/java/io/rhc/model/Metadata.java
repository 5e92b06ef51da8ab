package io.rhc.model;

import java.util.SortedMap;
import java.util.TreeMap;

/** Identity of the cluster. Labels are sorted so output is deterministic. */
public record Metadata(String name, String namespace, SortedMap<String, String> labels) {
  public Metadata {
    labels = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }
}
