package io.rhc.model;

/** Which Prometheus Operator object finds the metrics endpoints; ids as the spec writes them (the kinds). */
public enum MonitorKind {
  NONE("none"),
  SERVICE_MONITOR("ServiceMonitor"),
  POD_MONITOR("PodMonitor");

  private final String id;

  MonitorKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static MonitorKind fromId(String id) {
    for (MonitorKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown monitor kind: " + id);
  }
}
