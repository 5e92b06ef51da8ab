package io.rhc.rollout;

/** What applying one changed setting to a running cluster takes, from least to most disruptive. */
public enum ChangeKind {
  /** Only the regenerated files change: nothing on the cluster acts on it (drill objectives, lint settings). */
  FILES("files only"),
  /** {@code CONFIG SET} / {@code SENTINEL SET} on the running processes, plus the files so a restart keeps it. */
  LIVE("live"),
  /** HAProxy reloads its configuration one proxy at a time; established client connections stay. */
  PROXY_RELOAD("proxy reload"),
  /** Data nodes, sentinels or proxies are added or removed, keeping a sentinel majority at every step. */
  TOPOLOGY("topology"),
  /** Processes restart one at a time, replicas first, the master after one graceful hand-over. */
  ROLLING("rolling restart"),
  /** Safe only with steps rhc cannot take for the operator (clients to reconfigure, volumes to migrate). */
  GUIDED("guided"),
  /** No order of steps is safe on a running cluster; the plan names the procedure to use instead. */
  REFUSED("refused");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
