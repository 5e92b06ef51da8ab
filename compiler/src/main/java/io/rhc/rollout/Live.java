package io.rhc.rollout;

/**
 * The command that applies a live change, and where it runs: {@code SENTINEL SET <master> option value} on
 * every sentinel, or {@code CONFIG SET directive value} on the data nodes (all, or only those in one role).
 */
public record Live(Scope scope, String command) {
  /** Which processes run the command. */
  public enum Scope {
    SENTINELS,
    NODES,
    MASTER,
    REPLICAS
  }
}
