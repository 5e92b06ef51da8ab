package io.rhc.target.kubernetes;

import io.rhc.model.Spec;
import io.rhc.model.VolumeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** statefulset.yaml: the data nodes, with their co-located sentinels and exporter. */
final class DataStatefulSet {
  static final String FILE = "statefulset.yaml";
  /** Seconds of the grace period kept after the hand-over for redis-server's own shutdown. */
  static final int SHUTDOWN_MARGIN_SECONDS = 10;
  static final int STARTUP_PERIOD_SECONDS = 5;
  /** A dataset at most the memory limit loads from RDB or AOF at 25 MiB/s even on slow volumes. */
  private static final double LOAD_MIB_PER_SECOND = 25;
  private static final int STARTUP_BASE_SECONDS = 60;

  private DataStatefulSet() {}

  record Claim(String size, Optional<String> storageClass) {}

  record Exporter(String image, int port, Pods.EnvList env) {}

  record View(
      String cluster, String name, String appName, String headless, int replicas, String podManagementPolicy,
      String updateStrategy,
      String serviceAccount, long gracePeriod, Pods.Selector selector, Optional<Pods.Affinity> affinity,
      int uid, String configMap, String image, String sentinelImage, boolean colocated,
      Pods.EnvList initEnv, Pods.EnvList redisEnv, Pods.EnvList sentinelEnv,
      int redisPort, int sentinelPort, String memoryRequest, String memoryLimit, String cpuRequest,
      Optional<String> cpuLimit, String sentinelMemory, int startupFailures, Optional<Exporter> exporter,
      Optional<Claim> claim, boolean ephemeral, String configDir, String stateDir, String dataDir,
      Optional<Pods.TlsMount> tls) {}

  static String render(Spec spec, Names names, Secrets secrets) {
    boolean colocated = !names.dedicatedSentinels();
    List<Pods.Env> redisEnv = new ArrayList<>();
    redisEnv.add(Pods.Env.literal("RHC_STOP_TIMEOUT", Long.toString(stopTimeoutSeconds(spec))));
    redisEnv.addAll(secrets.env());
    Pods.Selector selector = Pods.Selector.of(names, Pods.COMPONENT_REDIS);
    View view = new View(
        names.cluster(),
        Yaml.str(names.dataSet()),
        spec.engine().type().id(),
        Yaml.str(names.dataHeadless()),
        spec.nodes().count(),
        Yaml.str(spec.kubernetes().podManagementPolicy()),
        Yaml.str(spec.kubernetes().updateStrategy()),
        Yaml.str(names.serviceAccount()),
        gracePeriodSeconds(spec),
        selector,
        Pods.Affinity.of(spec.placement(), selector),
        Pods.REDIS_UID,
        Yaml.str(names.configMap()),
        Yaml.str(spec.engine().image()),
        Yaml.str(spec.sentinel().image()),
        colocated,
        new Pods.EnvList(secrets.env()),
        new Pods.EnvList(redisEnv),
        new Pods.EnvList(secrets.sentinelEnv()),
        spec.nodes().port(),
        spec.sentinel().port(),
        Yaml.str(spec.memory().request().kubernetes()),
        Yaml.str(spec.memory().limit().kubernetes()),
        Yaml.str(spec.kubernetes().cpuRequest()),
        spec.kubernetes().cpuLimit().map(Yaml::str),
        Yaml.str(spec.memory().sentinelLimit().kubernetes()),
        startupFailures(spec),
        exporter(spec, secrets),
        spec.persistence().volume().type() == VolumeType.PERSISTENT
            ? Optional.of(new Claim(Yaml.str(spec.persistence().volume().size().kubernetes()),
                spec.persistence().volume().storageClass().map(Yaml::str)))
            : Optional.empty(),
        spec.persistence().volume().type() == VolumeType.EPHEMERAL,
        Names.CONFIG_DIR,
        Names.STATE_DIR,
        Names.DATA_DIR,
        Pods.TlsMount.of(names));
    return Render.template("statefulset.yaml.mustache", view);
  }

  static long gracePeriodSeconds(Spec spec) {
    return spec.kubernetes().terminationGracePeriod().toSeconds();
  }

  /** What rhc-prestop.sh may spend: the grace period minus the server's own shutdown. */
  static long stopTimeoutSeconds(Spec spec) {
    return Math.max(1, gracePeriodSeconds(spec) - SHUTDOWN_MARGIN_SECONDS);
  }

  static int startupFailures(Spec spec) {
    double seconds = STARTUP_BASE_SECONDS + spec.memory().limit().mib() / LOAD_MIB_PER_SECOND;
    return (int) Math.ceil(seconds / STARTUP_PERIOD_SECONDS);
  }

  private static Optional<Exporter> exporter(Spec spec, Secrets secrets) {
    if (!spec.monitoring().exporter().enabled()) {
      return Optional.empty();
    }
    List<Pods.Env> env = new ArrayList<>();
    env.add(Pods.Env.literal("REDIS_ADDR", "redis://127.0.0.1:" + spec.nodes().port()));
    secrets.redis().ifPresent(k -> env.add(Pods.Env.secret("REDIS_PASSWORD", k)));
    return Optional.of(new Exporter(Yaml.str(spec.monitoring().exporter().image()),
        spec.monitoring().exporter().port(), new Pods.EnvList(env)));
  }
}
