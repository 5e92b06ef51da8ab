package io.rhc.target.systemd;

import io.rhc.emit.Artifact;
import io.rhc.emit.scrape.ScrapeJob;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** install.sh and README.txt of one host. */
final class InstallScript {
  record Dir(String path, String mode) {}

  record File(String path, String mode) {}

  record Pair(String name, String file) {}

  record EnvironmentFile(String path, List<Pair> pairs) {}

  record Secret(String path) {}

  record TlsFile(String path, String mode, String owner) {}

  record View(String host, String cluster, String dataDir, List<Dir> directories, List<File> files,
      List<Secret> secrets, List<TlsFile> tlsFiles, Optional<EnvironmentFile> environmentFile, String units,
      String tmpfiles) {
    public boolean tls() {
      return !tlsFiles.isEmpty();
    }
  }

  record Readme(String host, String cluster, String units, List<Secret> secrets, String sysctl,
      Optional<Metrics> metrics) {}

  /** What prometheus.yml scrapes on this host; {@code exporter} when the host carries a data node. */
  record Metrics(List<Endpoint> endpoints, boolean exporter, int exporterPort, int redisPort) {}

  record Endpoint(String target, String path, String scrapes, String job) {}

  private final Cluster cluster;
  private final HostPlan host;
  private final String units;
  private final List<Artifact> installed;
  private final List<Dir> directories;
  private final List<Pair> haproxyEnvironment;

  InstallScript(Cluster cluster, HostPlan host, List<String> units, List<Artifact> installed, List<Dir> directories,
      List<Pair> haproxyEnvironment) {
    this.cluster = cluster;
    this.host = host;
    this.units = String.join(" ", units);
    this.installed = installed;
    this.directories = directories;
    this.haproxyEnvironment = haproxyEnvironment;
  }

  String render() {
    String prefix = host.name() + "/";
    List<File> files = installed.stream()
        .map(a -> new File(a.path().substring(prefix.length()), a.executable() ? "0755" : "0644"))
        .sorted(Comparator.comparing(File::path)).toList();
    Optional<EnvironmentFile> env = host.proxy() && !haproxyEnvironment.isEmpty()
        ? Optional.of(new EnvironmentFile(cluster.paths().haproxyConfigDir() + "/" + HostBundle.HAPROXY_ENV,
            haproxyEnvironment))
        : Optional.empty();
    return Render.template("install.sh", new View(host.name(), cluster.name(), cluster.paths().dataDir(),
        directories, files, secrets(), tlsFiles(), env, units, cluster.paths().tmpfilesFile()));
  }

  String readme() {
    return Render.template("README.txt", new Readme(host.name(), cluster.name(), units, secrets(),
        cluster.paths().sysctlFile(), metrics()));
  }

  private Optional<Metrics> metrics() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (ScrapeJob job : cluster.scrapeJobs()) {
      job.targets().stream().filter(t -> t.startsWith(host.name() + ":"))
          .forEach(t -> endpoints.add(new Endpoint(t, job.path(), job.scrapes(), job.name())));
    }
    if (endpoints.isEmpty()) {
      return Optional.empty();
    }
    Spec spec = cluster.spec();
    return Optional.of(new Metrics(endpoints, host.redis(), spec.monitoring().exporter().port(),
        spec.nodes().port()));
  }

  /** The servers' certificate and key where redis or sentinel runs (the key for redis only), the CA everywhere. */
  private List<TlsFile> tlsFiles() {
    var tls = cluster.spec().tls();
    if (!tls.onFiles()) {
      return List.of();
    }
    List<TlsFile> found = new ArrayList<>();
    if (host.redis() || host.sentinel().isPresent()) {
      found.add(new TlsFile(tls.certificateFile().get(), "0644", "root:root"));
      found.add(new TlsFile(tls.keyFile().get(), "0600", "redis:redis"));
    }
    found.add(new TlsFile(tls.caFile().get(), "0644", "root:root"));
    return found;
  }

  /** The secret files this host needs: the ACL users' passwords only where a data node writes its ACL file. */
  private List<Secret> secrets() {
    return cluster.secrets().files().stream()
        .filter(f -> host.redis() || !cluster.secrets().userPasswordFiles().contains(f)).map(Secret::new).toList();
  }
}
