package io.rhc.target.kubernetes;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.emit.Target;
import io.rhc.emit.TlsSources;
import io.rhc.emit.runtime.RuntimeFiles;
import io.rhc.emit.runtime.TlsFiles;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Kubernetes manifests with a kustomization: {@code kubectl apply -k DIR} deploys them as they are. */
public final class KubernetesTarget implements Target {
  static final String CONFIG = "config/";
  static final String HAPROXY = "haproxy/";
  static final String PROBE_SCRIPT = "rhc-probe.sh";
  /** Below this grace period the preStop hand-over has no time left to wait for the new master. */
  static final long MIN_GRACE_SECONDS = 20;

  @Override
  public String id() {
    return "kubernetes";
  }

  @Override
  public String description() {
    return "Kubernetes manifests (StatefulSet, HAProxy, PDBs, NetworkPolicy, monitors, alerts) for kubectl apply -k";
  }

  @Override
  public List<Artifact> emit(Spec spec, EmitContext ctx) {
    Diagnostics diagnostics = ctx.diagnostics();
    int errorsBefore = diagnostics.count(Severity.ERROR);
    io.rhc.emit.AclRefusal.check(spec, "kubernetes", diagnostics);
    Secrets secrets = Secrets.of(spec, diagnostics);
    checkGracePeriod(spec, diagnostics);
    if (!TlsSources.requireKubernetesSecret(spec, diagnostics)) {
      return List.of();
    }
    Names names = Names.of(spec);
    List<Artifact> files = new ArrayList<>();
    List<String> resources = new ArrayList<>();
    manifest(files, resources, "serviceaccount.yaml", Render.template("serviceaccount.yaml.mustache",
        new ServiceAccountView(names.cluster(), Yaml.str(names.serviceAccount()), Yaml.str(names.cluster()))));
    manifest(files, resources, DataStatefulSet.FILE, DataStatefulSet.render(spec, names, secrets));
    Certificates.render(spec, names).ifPresent(c -> manifest(files, resources, Certificates.FILE, c));
    if (names.dedicatedSentinels()) {
      manifest(files, resources, SentinelStatefulSet.FILE, SentinelStatefulSet.render(spec, names, secrets));
    }
    manifest(files, resources, Services.FILE, Services.render(spec, names));
    if (spec.proxy().enabled()) {
      manifest(files, resources, HaproxyDeployment.FILE, HaproxyDeployment.render(spec, names, secrets));
    }
    DisruptionBudgets.render(spec, names, diagnostics)
        .ifPresent(pdb -> manifest(files, resources, DisruptionBudgets.FILE, pdb));
    if (spec.networkPolicy().enabled()) {
      manifest(files, resources, NetworkPolicies.FILE, NetworkPolicies.render(spec, names, diagnostics));
    }
    Monitors.render(spec, names, diagnostics).ifPresent(m -> manifest(files, resources, m.file(), m.content()));
    if (spec.monitoring().alerts()) {
      Alerts.render(spec, names, diagnostics).ifPresent(rules -> manifest(files, resources, Alerts.FILE, rules));
    }
    List<Artifact> config = new ArrayList<>(RuntimeFiles.configFiles(spec, names.peers(), names.layout()));
    config.add(Artifact.script(PROBE_SCRIPT, Render.script(PROBE_SCRIPT + ".mustache",
        new ProbeView(spec.tls().enabled(), spec.tls().enabled() && spec.tls().clientAuth()))));
    if (spec.backup().enabled()) {
      Optional<String> job = BackupJob.render(spec, names, secrets, diagnostics);
      job.ifPresent(cronJob -> manifest(files, resources, BackupJob.FILE, cronJob));
      config.add(Artifact.script(BackupJob.SCRIPT, Render.verbatim(BackupJob.SCRIPT)));
    }
    List<Kustomization.Generator> generators = new ArrayList<>();
    generators.add(generator(files, names.configMap(), CONFIG, config));
    if (spec.proxy().enabled()) {
      generators.add(generator(files, names.haproxyConfigMap(), HAPROXY,
          List.of(RuntimeFiles.haproxyConfig(spec, names.peers(), names.tlsFiles().map(TlsFiles::ca)))));
    }
    resources.sort(Comparator.naturalOrder());
    files.add(Artifact.file(Kustomization.FILE, Kustomization.render(spec, names, resources, generators)));
    if (diagnostics.count(Severity.ERROR) > errorsBefore) {
      return List.of();
    }
    files.sort(Comparator.comparing(Artifact::path));
    return List.copyOf(files);
  }

  record ServiceAccountView(String cluster, String name, String instance) {}

  /**
   * rhc-probe.sh: with TLS its redis-cli calls verify the node with the CA cluster.env names and, when the servers
   * require client certificates, present the pod's.
   */
  record ProbeView(boolean tls, boolean clientCertificate) {}

  private static void manifest(List<Artifact> files, List<String> resources, String path, String content) {
    files.add(Artifact.file(path, content));
    resources.add(path);
  }

  private static Kustomization.Generator generator(List<Artifact> files, String name, String dir,
      List<Artifact> runtime) {
    List<String> paths = new ArrayList<>();
    for (Artifact a : runtime) {
      files.add(new Artifact(dir + a.path(), a.content(), a.executable()));
      paths.add(dir + a.path());
    }
    paths.sort(Comparator.naturalOrder());
    return new Kustomization.Generator(Yaml.str(name), paths);
  }

  private static void checkGracePeriod(Spec spec, Diagnostics diagnostics) {
    long grace = DataStatefulSet.gracePeriodSeconds(spec);
    if (grace < MIN_GRACE_SECONDS) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, Codes.SHORT_GRACE_PERIOD,
              SpecPath.parse("spec.kubernetes.terminationGracePeriod"),
              "A " + grace + " s grace period leaves the preStop hand-over " + DataStatefulSet.stopTimeoutSeconds(spec)
                  + " s",
              "Allow at least " + MIN_GRACE_SECONDS + "s so a stopping master can wait for the failover.")
          .withDetail("The last " + DataStatefulSet.SHUTDOWN_MARGIN_SECONDS + " s of the grace period are kept for "
              + "redis-server's own shutdown; a shorter hand-over can lose acknowledged writes."));
    }
  }
}
