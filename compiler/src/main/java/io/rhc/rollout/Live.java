package io.rhc.rollout;

/**
 * The command that applies a live change, and where it runs: {@code SENTINEL SET <master> option value} on
 * every sentinel, {@code CONFIG SET directive value} on the data nodes (all, or only those in one role), or an
 * {@code rhc-init.sh} subcommand beside every data node ({@link Scope#NODE_SCRIPT}).
 */
public record Live(Scope scope, String command) {
  /** Which processes run the command. */
  public enum Scope {
    SENTINELS,
    NODES,
    MASTER,
    REPLICAS,
    /** {@code rhc-init.sh <command>} on every data node's host, pod or container, with its secrets. */
    NODE_SCRIPT
  }

  /** rhc-init.sh acl-apply: the spec's ACL users redefined on the running node, its clients staying connected. */
  static final Live ACL_APPLY = new Live(Scope.NODE_SCRIPT, "acl-apply");
}
