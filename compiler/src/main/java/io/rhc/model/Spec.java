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
    LintSettings lint) {

  public Spec {
    dataClasses = List.copyOf(dataClasses);
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
