package io.rhc.target.kubernetes;

import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** haproxy-deployment.yaml: the HAProxy instances clients connect through. */
final class HaproxyDeployment {
  static final String FILE = "haproxy-deployment.yaml";

  private HaproxyDeployment() {}

  record View(
      String cluster, String name, int replicas, String serviceAccount, Pods.Selector selector,
      Optional<Pods.Affinity> affinity, int uid, String image, String configMap, String configDir,
      List<Services.Port> ports, int statsPort, Pods.EnvList env, Optional<Pods.TlsMount> tls, String caKey) {}

  static String render(Spec spec, Names names, Secrets secrets) {
    Pods.Selector selector = Pods.Selector.of(names, Pods.COMPONENT_HAPROXY);
    List<Services.Port> ports = new ArrayList<>();
    ports.add(new Services.Port("redis", spec.proxy().port()));
    spec.proxy().readOnlyPort().ifPresent(p -> ports.add(new Services.Port("redis-read", p)));
    spec.proxy().sentinelPort().ifPresent(p -> ports.add(new Services.Port("sentinel", p)));
    View view = new View(
        names.cluster(),
        Yaml.str(names.haproxy()),
        spec.proxy().replicas(),
        Yaml.str(names.serviceAccount()),
        selector,
        Pods.Affinity.of(spec.placement(), selector),
        Pods.HAPROXY_UID,
        Yaml.str(spec.proxy().image()),
        Yaml.str(names.haproxyConfigMap()),
        Names.HAPROXY_DIR,
        ports,
        spec.proxy().statsPort(),
        new Pods.EnvList(secrets.env()),
        Pods.TlsMount.of(names),
        Names.CA_KEY);
    return Render.template("haproxy-deployment.yaml.mustache", view);
  }
}
