package io.rhc.model;

import java.util.List;

/** The data nodes: one master and {@code count - 1} replicas. */
public record Nodes(int count, int port, List<Node> list) {
  public Nodes {
    list = List.copyOf(list);
  }

  /** Number of replicas of the master. */
  public int replicas() {
    return count - 1;
  }
}
