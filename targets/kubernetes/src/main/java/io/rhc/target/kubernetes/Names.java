package io.rhc.target.kubernetes;

import io.rhc.emit.runtime.Peers;
import io.rhc.emit.runtime.RuntimeLayout;
import io.rhc.emit.runtime.TlsFiles;
import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    List<String> sentinelHosts,
    Optional<String> tlsSecret) {

  static final String CONFIG_DIR = "/etc/rhc";
  static final String STATE_DIR = "/run/rhc";
  static final String DATA_DIR = "/data";
  static final String HAPROXY_DIR = "/usr/local/etc/haproxy";
  static final String BACKUP_DIR = "/backup";
  /** The TLS Secret's mount in every data node, sentinel and HAProxy container. */
  static final String TLS_DIR = "/etc/rhc-tls";
  static final String CA_KEY = "ca.crt";

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
        hosts(sentinelSet, sentinelHeadless, ns, domain, spec.sentinel().count()),
        tlsSecret(spec));
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

  /** The user's {@code kubernetes.io/tls} Secret, or the one rhc's cert-manager Certificate fills. */
  private static Optional<String> tlsSecret(Spec spec) {
    if (!spec.tls().enabled()) {
      return Optional.empty();
    }
    return spec.tls().certificateSecret().or(() -> spec.tls().certManager().map(cm -> spec.name() + "-tls"));
  }

  /** The keys of a {@code kubernetes.io/tls} Secret, as mounted under {@link #TLS_DIR}. */
  Optional<TlsFiles> tlsFiles() {
    return tlsSecret.map(s -> new TlsFiles(TLS_DIR + "/tls.crt", TLS_DIR + "/tls.key", TLS_DIR + "/" + CA_KEY));
  }

  RuntimeLayout layout() {
    return new RuntimeLayout(CONFIG_DIR, STATE_DIR, DATA_DIR, tlsFiles());
  }
}
