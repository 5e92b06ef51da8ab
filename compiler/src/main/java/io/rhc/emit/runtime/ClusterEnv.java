package io.rhc.emit.runtime;

import static io.rhc.emit.runtime.Formats.yesNo;

import io.rhc.model.Node;
import io.rhc.model.Persistence;
import io.rhc.model.Sentinel;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** cluster.env: the facts the scripts need, as shell assignments. */
final class ClusterEnv {
  /** User the HAProxy check authenticates as in ACL mode (PING and INFO only). */
  static final String CHECK_USER = "rhc-check";
  /** Seconds of RHC_STOP_TIMEOUT kept for the server's own shutdown after the hand-over. */
  static final int STOP_MARGIN_SECONDS = 5;

  private ClusterEnv() {}

  record Var(String name, String value) {}

  record View(String clusterName, List<Var> vars) {}

  static String render(Spec spec, Peers peers, RuntimeLayout layout) {
    Sentinel s = spec.sentinel();
    Persistence p = spec.persistence();
    List<Var> vars = new ArrayList<>();
    add(vars, "RHC_CLUSTER_NAME", spec.name());
    add(vars, "RHC_MASTER_NAME", s.masterName());
    add(vars, "RHC_NODE_HOSTS", String.join(" ", peers.nodeHosts()));
    add(vars, "RHC_NODE_PORT", Integer.toString(spec.nodes().port()));
    add(vars, "RHC_NODE_PRIORITIES", spec.nodes().list().stream()
        .map(Node::replicaPriority).map(String::valueOf).collect(Collectors.joining(" ")));
    add(vars, "RHC_SENTINEL_HOSTS", String.join(" ", peers.sentinelHosts()));
    add(vars, "RHC_SENTINEL_PORT", Integer.toString(s.port()));
    add(vars, "RHC_SENTINEL_QUORUM", Integer.toString(s.quorum()));
    add(vars, "RHC_DOWN_AFTER_MS", Long.toString(s.downAfter().toMillis()));
    add(vars, "RHC_FAILOVER_TIMEOUT_MS", Long.toString(s.failoverTimeout().toMillis()));
    add(vars, "RHC_PARALLEL_SYNCS", Integer.toString(s.parallelSyncs()));
    add(vars, "RHC_MASTER_REBOOT_DOWN_AFTER_MS", s.version().atLeast(7, 0, 0) && !s.masterRebootDownAfter().isZero()
        ? Long.toString(s.masterRebootDownAfter().toMillis()) : "");
    add(vars, "RHC_STATE_DIR", layout.stateDir());
    add(vars, "RHC_DATA_DIR", layout.dataDir());
    add(vars, "RHC_AUTH_MODE", spec.auth().mode().name().toLowerCase(java.util.Locale.ROOT));
    add(vars, "RHC_SENTINEL_AUTH", yesNo(spec.auth().sentinelPassword().isPresent()));
    add(vars, "RHC_CHECK_USER", CHECK_USER);
    add(vars, "RHC_ROLE_PERSISTENCE", yesNo(p.roleDifferences()));
    add(vars, "RHC_REPLICA_SAVE", RedisConf.save(p.replicaRdb()));
    add(vars, "RHC_REPLICA_APPENDONLY", yesNo(p.replicaAof().enabled()));
    add(vars, "RHC_TLS_CA", spec.tls().onFiles() ? spec.tls().caFile().get() : "");
    boolean clientCertificate = spec.tls().onFiles() && spec.tls().clientAuth();
    add(vars, "RHC_TLS_CERT", clientCertificate ? spec.tls().certificateFile().get() : "");
    add(vars, "RHC_TLS_KEY", clientCertificate ? spec.tls().keyFile().get() : "");
    add(vars, "RHC_STOP_MARGIN", Integer.toString(STOP_MARGIN_SECONDS));
    vars.add(new Var("RHC_DISCOVERY_ROUNDS", "\"${RHC_DISCOVERY_ROUNDS:-5}\""));
    vars.add(new Var("RHC_DISCOVERY_DELAY", "\"${RHC_DISCOVERY_DELAY:-1}\""));
    vars.add(new Var("RHC_CALL_TIMEOUT", "\"${RHC_CALL_TIMEOUT:-2}\""));
    return Render.template("cluster.env.mustache", new View(spec.name(), vars));
  }

  private static void add(List<Var> vars, String name, String value) {
    vars.add(new Var(name, Formats.shellQuote(value)));
  }
}
