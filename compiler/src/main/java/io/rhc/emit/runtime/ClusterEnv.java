package io.rhc.emit.runtime;

import static io.rhc.emit.runtime.Formats.yesNo;

import io.rhc.model.Node;
import io.rhc.model.AclUser;
import io.rhc.model.Persistence;
import io.rhc.model.RhcUsers;
import io.rhc.model.SecretRef;
import io.rhc.model.Sentinel;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** cluster.env: the facts the scripts need, as shell assignments. */
final class ClusterEnv {
  /** User the HAProxy check authenticates as in ACL mode (PING and INFO only). */
  static final String CHECK_USER = RhcUsers.CHECK.name();
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
    add(vars, "RHC_TLS_CA", layout.tls().map(TlsFiles::ca).orElse(""));
    Optional<TlsFiles> clientCertificate = layout.tls().filter(f -> spec.tls().clientAuth());
    add(vars, "RHC_TLS_CERT", clientCertificate.map(TlsFiles::certificate).orElse(""));
    add(vars, "RHC_TLS_KEY", clientCertificate.map(TlsFiles::key).orElse(""));
    add(vars, "RHC_STOP_MARGIN", Integer.toString(STOP_MARGIN_SECONDS));
    if (spec.auth().acl()) {
      acl(vars, spec);
    }
    vars.add(new Var("RHC_DISCOVERY_ROUNDS", "\"${RHC_DISCOVERY_ROUNDS:-5}\""));
    vars.add(new Var("RHC_DISCOVERY_DELAY", "\"${RHC_DISCOVERY_DELAY:-1}\""));
    vars.add(new Var("RHC_CALL_TIMEOUT", "\"${RHC_CALL_TIMEOUT:-2}\""));
    return Render.template("cluster.env.mustache", new View(spec.name(), vars));
  }

  /**
   * Mode {@code acl}: what rhc-init.sh writes users.acl from. rhc's users are RHC_ACL_RHC_*, the applications'
   * RHC_ACL_USER_i with their rules and password sources ({@code file:PATH} or {@code env:NAME}, space-separated).
   */
  private static void acl(List<Var> vars, Spec spec) {
    add(vars, "RHC_ACL_DEFAULT_USER", yesNo(spec.auth().defaultUser()));
    add(vars, "RHC_ACL_RHC_USERS", RhcUsers.ALL.stream().map(RhcUsers.User::name).collect(Collectors.joining(" ")));
    for (int i = 0; i < RhcUsers.ALL.size(); i++) {
      add(vars, "RHC_ACL_RHC_RULES_" + i, RhcUsers.ALL.get(i).rules());
    }
    List<AclUser> users = spec.auth().users();
    add(vars, "RHC_ACL_USERS", Integer.toString(users.size()));
    for (int i = 0; i < users.size(); i++) {
      add(vars, "RHC_ACL_USER_" + i, users.get(i).name());
      add(vars, "RHC_ACL_RULES_" + i, users.get(i).permissions());
      add(vars, "RHC_ACL_SECRETS_" + i, users.get(i).passwords().stream().map(ClusterEnv::source)
          .collect(Collectors.joining(" ")));
    }
  }

  /** Where the script reads a password: a file or a variable (a Kubernetes Secret is no source a script reads). */
  private static String source(SecretRef ref) {
    if (ref instanceof SecretRef.File f) {
      return "file:" + f.path();
    }
    if (ref instanceof SecretRef.Env e) {
      return "env:" + e.name();
    }
    SecretRef.KubernetesSecret k = (SecretRef.KubernetesSecret) ref;
    return "secret:" + k.name() + "/" + k.key();
  }

  private static void add(List<Var> vars, String name, String value) {
    vars.add(new Var(name, Formats.shellQuote(value)));
  }
}
