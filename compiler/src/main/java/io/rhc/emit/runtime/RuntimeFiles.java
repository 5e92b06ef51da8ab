package io.rhc.emit.runtime;

import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import java.util.List;
import java.util.Optional;

/**
 * The runtime every target ships: static files for the config directory of data nodes and
 * sentinels, and the HAProxy configuration. One implementation; targets only choose the layout
 * and the stable names.
 *
 * <p>Process commands: {@code sh <configDir>/rhc-init.sh redis} (env {@code RHC_NODE_INDEX}) then
 * {@code redis-server <stateDir>/redis.conf}; {@code sh <configDir>/rhc-init.sh sentinel} (env
 * {@code RHC_SENTINEL_INDEX}) then {@code redis-sentinel <stateDir>/sentinel.conf}; graceful stop
 * {@code sh <configDir>/rhc-prestop.sh} (env {@code RHC_STOP_TIMEOUT}). Secrets come from
 * {@code REDIS_PASSWORD[_FILE]} and {@code SENTINEL_PASSWORD[_FILE]} at boot, never from a file here.
 */
public final class RuntimeFiles {
  public static final String INIT_SCRIPT = "rhc-init.sh";
  public static final String PRESTOP_SCRIPT = "rhc-prestop.sh";
  public static final String LIB_SCRIPT = "rhc-lib.sh";
  public static final String REDIS_CONF = "redis.conf";
  public static final String SENTINEL_CONF = "sentinel.conf";
  public static final String CLUSTER_ENV = "cluster.env";
  public static final String HAPROXY_CFG = "haproxy.cfg";

  private RuntimeFiles() {}

  /** Static files for configDir, sorted by path (relative to configDir). */
  public static List<Artifact> configFiles(Spec spec, Peers peers, RuntimeLayout layout) {
    if (peers.nodeHosts().size() != spec.nodes().count()) {
      throw new IllegalArgumentException("peers name " + peers.nodeHosts().size() + " data nodes, the spec has "
          + spec.nodes().count());
    }
    if (peers.sentinelHosts().size() != spec.sentinel().count()) {
      throw new IllegalArgumentException("peers name " + peers.sentinelHosts().size() + " sentinels, the spec has "
          + spec.sentinel().count());
    }
    requireTlsFiles(spec, layout.tls());
    return List.of(
        Artifact.file(CLUSTER_ENV, ClusterEnv.render(spec, peers, layout)),
        Artifact.file(REDIS_CONF, RedisConf.render(spec, layout)),
        Artifact.script(INIT_SCRIPT, Render.verbatim(INIT_SCRIPT)),
        Artifact.file(LIB_SCRIPT, Render.verbatim(LIB_SCRIPT)),
        Artifact.script(PRESTOP_SCRIPT, Render.verbatim(PRESTOP_SCRIPT)),
        Artifact.file(SENTINEL_CONF, SentinelConf.render(spec, layout)));
  }

  /**
   * haproxy.cfg for the proxy instances; HAProxy reads REDIS_PASSWORD from its environment. With TLS its checks
   * verify every server against {@code caFile}, the CA as the proxy sees it.
   */
  public static Artifact haproxyConfig(Spec spec, Peers peers, Optional<String> caFile) {
    requireTlsFiles(spec, caFile);
    return Artifact.file(HAPROXY_CFG, HaproxyConf.render(spec, peers, caFile));
  }

  /** A target that mounts no certificate for a TLS spec must refuse it (io.rhc.emit.TlsSources), not get here. */
  private static void requireTlsFiles(Spec spec, Optional<?> files) {
    if (spec.tls().enabled() != files.isPresent()) {
      throw new IllegalArgumentException("TLS is " + (spec.tls().enabled() ? "on" : "off") + " in the spec but "
          + (files.isPresent() ? "TLS files were given" : "no TLS files were given"));
    }
  }
}
