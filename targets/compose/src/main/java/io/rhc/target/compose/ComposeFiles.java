package io.rhc.target.compose;

import io.rhc.emit.Artifact;
import io.rhc.emit.runtime.TlsFiles;
import io.rhc.emit.scrape.ScrapeConfig;
import io.rhc.emit.scrape.ScrapeJob;
import io.rhc.emit.template.Templates;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The compose-specific files: compose.yaml, .env.example, README.txt and the container scripts. */
final class ComposeFiles {
  private static final String ROOT = "io/rhc/target/compose/templates/";

  private ComposeFiles() {}

  record ScriptView(String clusterName, String configDir, String stateDir, String haproxyDir, String backupDir,
      int nodePort, int sentinelPort, String sentinelHosts, String masterName, String service,
      Optional<String> tlsCa, Optional<TlsFiles> tlsClient) {}

  record BackupView(String schedule, String service) {}

  record ReadmeView(String clusterName, String project, String network, List<String> services,
      List<String> secretFiles, String clientEndpoint, String stateDir, long stopTimeout, String stopGracePeriod,
      boolean publishSentinels, String sentinelPorts, String healthz, Optional<BackupView> backup,
      Optional<MetricsView> metrics, Optional<String> tlsCa) {}

  /** The scrape targets, for the README; the same jobs as prometheus.yml. */
  record MetricsView(String network, List<ScrapeJob> jobs) {}

  record EnvView(String clusterName, String project, List<String> variables) {}

  static List<Artifact> render(Spec spec, ComposeProject project) {
    ComposeLayout layout = new ComposeLayout(spec);
    ScriptView scripts = new ScriptView(spec.name(), ComposeLayout.CONFIG_DIR, ComposeLayout.STATE_DIR,
        ComposeLayout.HAPROXY_DIR, ComposeLayout.BACKUP_DIR, spec.nodes().port(), spec.sentinel().port(),
        String.join(" ", layout.sentinels()), spec.sentinel().masterName(), layout.backup(),
        new ComposeSecrets(spec).tlsFiles().map(TlsFiles::ca),
        new ComposeSecrets(spec).tlsFiles().filter(f -> spec.tls().clientAuth()));
    List<Artifact> files = new ArrayList<>();
    files.add(Artifact.file("compose.yaml", render("compose.yaml", ComposeView.of(spec.name(), spec.metadata().labels(), project))));
    files.add(Artifact.file(".env.example", render("env.example",
        new EnvView(spec.name(), project.project(), List.copyOf(project.environmentVariables())))));
    List<ScrapeJob> scrapeJobs = scrapeJobs(spec, layout);
    files.add(Artifact.file("README.txt", render("README.txt", readme(spec, project, layout, scrapeJobs))));
    ScrapeConfig.file(spec, scrapeJobs).ifPresent(files::add);
    files.add(Artifact.script("config/rhc-run.sh", render("rhc-run.sh", scripts)));
    files.add(Artifact.script("config/rhc-health.sh", render("rhc-health.sh", scripts)));
    if (spec.backup().enabled()) {
      files.add(Artifact.script("config/rhc-backup.sh", render("rhc-backup.sh", scripts)));
    }
    if (spec.proxy().enabled()) {
      files.add(Artifact.script("haproxy/rhc-haproxy.sh", render("rhc-haproxy.sh", scripts)));
    }
    return files;
  }

  /** Exporters and proxies by their host names on the project network, which Prometheus must join. */
  private static List<ScrapeJob> scrapeJobs(Spec spec, ComposeLayout layout) {
    List<String> exporters = new ArrayList<>();
    for (int i = 0; i < spec.nodes().count(); i++) {
      exporters.add(layout.exporter(i));
    }
    return ScrapeConfig.jobs(spec, exporters, layout.proxies());
  }

  private static ReadmeView readme(Spec spec, ComposeProject project, ComposeLayout layout,
      List<ScrapeJob> scrapeJobs) {
    int port = spec.proxy().port();
    String client = spec.proxy().enabled()
        ? "localhost:" + port + " from the host, or " + layout.proxies().get(0) + ":" + port + " on network `"
            + layout.network() + "`"
        : "the sentinels (" + String.join(", ", layout.sentinels()) + ") on network `" + layout.network() + "`";
    int sentinelPort = spec.sentinel().port();
    String sentinelPorts = sentinelPort + "-" + (sentinelPort + spec.sentinel().count() - 1);
    Optional<BackupView> backup = spec.backup().enabled()
        ? Optional.of(new BackupView(spec.backup().schedule(), layout.backup())) : Optional.empty();
    return new ReadmeView(spec.name(), project.project(), layout.network(),
        project.services().stream().map(Service::name).toList(), List.copyOf(project.secrets().values()), client,
        ComposeLayout.STATE_DIR, ProjectBuilder.stopTimeoutSeconds(spec),
        ComposeUnits.duration(ProjectBuilder.stopGracePeriod(spec)), spec.compose().publishSentinels(),
        sentinelPorts, "http://127.0.0.1:" + spec.proxy().statsPort() + "/healthz inside the container", backup,
        scrapeJobs.isEmpty() ? Optional.empty()
            : Optional.of(new MetricsView(project.project() + "_" + layout.network(), scrapeJobs)),
        TlsFiles.onHost(spec.tls()).map(TlsFiles::ca));
  }

  private static String render(String name, Object view) {
    return Templates.instance().render(ROOT + name + ".mustache", view);
  }
}
