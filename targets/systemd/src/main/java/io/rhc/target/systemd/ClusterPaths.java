package io.rhc.target.systemd;

import io.rhc.emit.runtime.RuntimeLayout;
import io.rhc.emit.runtime.TlsFiles;
import io.rhc.model.Spec;
import java.util.Optional;

/**
 * Where a cluster lives on a host. Data nodes and sentinels get their own config and state
 * directories so each unit can write only its own files (sentinel rewrites its sentinel.conf,
 * redis never touches it).
 */
record ClusterPaths(String cluster, String configDir, String stateRoot, String dataDir, Optional<TlsFiles> tls) {
  static final String UNIT_DIR = "/etc/systemd/system";

  static ClusterPaths of(Spec spec) {
    String configRoot = stripSlash(spec.systemd().orElseThrow().configDir());
    return new ClusterPaths(spec.name(), configRoot + "/" + spec.name(),
        "/var/lib/redis-ha/" + spec.name(), stripSlash(spec.persistence().volume().path()),
        TlsFiles.onHost(spec.tls()));
  }

  RuntimeLayout redisLayout() {
    return new RuntimeLayout(redisConfigDir(), redisStateDir(), dataDir, tls);
  }

  RuntimeLayout sentinelLayout() {
    return new RuntimeLayout(sentinelConfigDir(), sentinelStateDir(), dataDir, tls);
  }

  String redisConfigDir() {
    return configDir + "/redis";
  }

  String sentinelConfigDir() {
    return configDir + "/sentinel";
  }

  String haproxyConfigDir() {
    return configDir + "/haproxy";
  }

  String backupConfigDir() {
    return configDir + "/backup";
  }

  String redisStateDir() {
    return stateRoot + "/redis";
  }

  String sentinelStateDir() {
    return stateRoot + "/sentinel";
  }

  String unit(String role, String suffix) {
    return "rhc-" + cluster + "-" + role + "." + suffix;
  }

  String sysctlFile() {
    return "/etc/sysctl.d/90-rhc-" + cluster + ".conf";
  }

  String tmpfilesFile() {
    return "/etc/tmpfiles.d/rhc-" + cluster + ".conf";
  }

  private static String stripSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
