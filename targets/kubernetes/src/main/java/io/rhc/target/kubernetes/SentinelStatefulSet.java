package io.rhc.target.kubernetes;

import io.rhc.model.Spec;
import java.util.Optional;

/** sentinel-statefulset.yaml: sentinels in their own pods when placement is dedicated. */
final class SentinelStatefulSet {
  static final String FILE = "sentinel-statefulset.yaml";

  private SentinelStatefulSet() {}

  record View(
      String cluster, String name, String appName, String headless, int replicas, String updateStrategy,
      String serviceAccount,
      Pods.Selector selector, Optional<Pods.Affinity> affinity, int uid, String configMap, String image,
      Pods.EnvList initEnv, Pods.EnvList sentinelEnv, int sentinelPort, String memory,
      String configDir, String stateDir, Optional<Pods.TlsMount> tls) {}

  static String render(Spec spec, Names names, Secrets secrets) {
    Pods.Selector selector = Pods.Selector.of(names, Pods.COMPONENT_SENTINEL);
    View view = new View(
        names.cluster(),
        Yaml.str(names.sentinelSet()),
        spec.engine().type().id(),
        Yaml.str(names.sentinelHeadless()),
        spec.sentinel().count(),
        Yaml.str(spec.kubernetes().updateStrategy()),
        Yaml.str(names.serviceAccount()),
        selector,
        Pods.Affinity.of(spec.placement(), selector),
        Pods.REDIS_UID,
        Yaml.str(names.configMap()),
        Yaml.str(spec.sentinel().image()),
        new Pods.EnvList(secrets.env()),
        new Pods.EnvList(secrets.sentinelEnv()),
        spec.sentinel().port(),
        Yaml.str(spec.memory().sentinelLimit().kubernetes()),
        Names.CONFIG_DIR,
        Names.STATE_DIR,
        Pods.TlsMount.of(names));
    return Render.template("sentinel-statefulset.yaml.mustache", view);
  }
}
