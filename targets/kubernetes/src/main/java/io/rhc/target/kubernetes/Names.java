package io.rhc.target.kubernetes;

import io.rhc.emit.runtime.Peers;
import io.rhc.emit.runtime.RuntimeLayout;
import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;

/** Object names, pod DNS names and mount paths of one cluster. */
record Names(
    String cluster,
    String namespace,
    String dataSet,
    String dataHeadless,
    String sentinelSet,
    String sentinelHeadless,
    String haproxy,
    String clientService,
    String haproxyMetrics,
    String configMap,
    String haproxyConfigMap,
    String serviceAccount,
    String backup,
    boolean dedicatedSentinels,
    List<String> nodeHosts,
    List<String> sentinelHosts) {

  static final String CONFIG_DIR = "/etc/rhc";
  static final String STATE_DIR = "/run/rhc";
  static final String DATA_DIR = "/data";
  static final String HAPROXY_DIR = "/usr/local/etc/haproxy";
  static final String BACKUP_DIR = "/backup";

  static Names of(Spec spec) {
    String name = spec.name();
    String ns = spec.metadata().namespace();
    String domain = spec.kubernetes().clusterDomain();
    boolean dedicated = spec.sentinel().placement() == SentinelPlacement.DEDICATED;
    String dataHeadless = name + "-headless";
    String sentinelSet = dedicated ? name + "-sentinel" : name;
    String sentinelHeadless = dedicated ? name + "-sentinel-headless" : dataHeadless;
    return new Names(name, ns, name, dataHeadless, sentinelSet, sentinelHeadless, name + "-haproxy",
        spec.kubernetes().serviceName(), name + "-haproxy-metrics", name + "-config", name + "-haproxy", name,
        name + "-backup", dedicated,
        hosts(name, dataHeadless, ns, domain, spec.nodes().count()),
        hosts(sentinelSet, sentinelHeadless, ns, domain, spec.sentinel().count()));
  }

  private static List<String> hosts(String set, String headless, String ns, String domain, int count) {
    List<String> hosts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      hosts.add(set + "-" + i + "." + headless + "." + ns + ".svc." + domain);
    }
    return hosts;
  }

  Peers peers() {
    return new Peers(nodeHosts, sentinelHosts, List.of());
  }

  static RuntimeLayout layout() {
    return new RuntimeLayout(CONFIG_DIR, STATE_DIR, DATA_DIR);
  }
}
