package io.rhc.model;

import java.util.List;
import java.util.Optional;

/** A resolved RedisHA spec: every default applied, every computed value filled in. */
public record Spec(
    Metadata metadata,
    Engine engine,
    Nodes nodes,
    Sentinel sentinel,
    Proxy proxy,
    Memory memory,
    Replication replication,
    Persistence persistence,
    List<DataClass> dataClasses,
    Auth auth,
    Tls tls,
    Monitoring monitoring,
    Backup backup,
    Placement placement,
    NetworkPolicy networkPolicy,
    KubernetesSettings kubernetes,
    ComposeSettings compose,
    Optional<SystemdSettings> systemd,
    LintSettings lint,
    Drill drill) {

  /** The drill scenarios in the order {@code rhc drill} runs them; kept here so the schema default and the model agree. */
  public static final List<String> DRILL_SCENARIOS = List.of("master-crash", "graceful-stop", "master-new-ip",
      "crash-fast-restart", "one-sentinel-down", "sentinel-majority-down", "partition");

  public Spec {
    dataClasses = List.copyOf(dataClasses);
  }

  /** A spec without a {@code drill} section (kept for fixtures written before it existed). */
  public Spec(Metadata metadata, Engine engine, Nodes nodes, Sentinel sentinel, Proxy proxy, Memory memory,
      Replication replication, Persistence persistence, List<DataClass> dataClasses, Auth auth, Tls tls,
      Monitoring monitoring, Backup backup, Placement placement, NetworkPolicy networkPolicy,
      KubernetesSettings kubernetes, ComposeSettings compose, Optional<SystemdSettings> systemd, LintSettings lint) {
    this(metadata, engine, nodes, sentinel, proxy, memory, replication, persistence, dataClasses, auth, tls,
        monitoring, backup, placement, networkPolicy, kubernetes, compose, systemd, lint, Drill.none(DRILL_SCENARIOS));
  }

  public String name() {
    return metadata.name();
  }

  /** True when some data class must not be lost (queues, must-survive state). */
  public boolean hasMustSurviveData() {
    return dataClasses.stream().anyMatch(DataClass::mustSurvive);
  }

  public boolean hasQueues() {
    return dataClasses.stream().anyMatch(DataClass::isQueue);
  }

  /** A fork happens for persistence or for replica full syncs. */
  public boolean forkCapable() {
    return persistence.any() || nodes.replicas() >= 1;
  }
}
