package io.rhc.target.compose;

import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;

/** Service names, host names and paths of one compose project; host names equal service names. */
final class ComposeLayout {
  static final String CONFIG_DIR = "/etc/rhc";
  static final String STATE_DIR = "/var/lib/rhc";
  static final String DATA_DIR = "/data";
  static final String HAPROXY_DIR = "/usr/local/etc/haproxy";
  static final String BACKUP_DIR = "/backup";
  static final String SECRETS_DIR = "/run/secrets";
  static final String HOST_CONFIG_DIR = "./config";
  static final String HOST_HAPROXY_DIR = "./haproxy";

  private final Spec spec;
  private final String prefix;

  ComposeLayout(Spec spec) {
    this.spec = spec;
    this.prefix = spec.compose().servicePrefix();
  }

  boolean colocated() {
    return spec.sentinel().placement() == SentinelPlacement.COLOCATED;
  }

  String node(int i) {
    return prefix + "-redis-" + i;
  }

  List<String> nodes() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < spec.nodes().count(); i++) {
      names.add(node(i));
    }
    return names;
  }

  /** Co-located sentinels share their data node's container, so they answer on its host name. */
  List<String> sentinels() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < spec.sentinel().count(); i++) {
      names.add(colocated() ? node(i) : prefix + "-sentinel-" + i);
    }
    return names;
  }

  /** One proxy keeps the plain name clients expect; several are numbered. */
  List<String> proxies() {
    List<String> names = new ArrayList<>();
    if (!spec.proxy().enabled()) {
      return names;
    }
    int replicas = spec.proxy().replicas();
    for (int i = 0; i < replicas; i++) {
      names.add(replicas == 1 ? prefix + "-haproxy" : prefix + "-haproxy-" + i);
    }
    return names;
  }

  String exporter(int i) {
    return prefix + "-exporter-" + i;
  }

  String backup() {
    return prefix + "-backup";
  }

  String network() {
    return spec.compose().network();
  }

  static String dataVolume(String service) {
    return service + "-data";
  }

  static String stateVolume(String service) {
    return service + "-state";
  }
}
