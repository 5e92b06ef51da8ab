package io.rhc.emit.scrape;

import io.rhc.emit.Artifact;
import io.rhc.emit.template.Templates;
import io.rhc.model.Spec;
import io.rhc.units.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code prometheus.yml} of the targets without a Prometheus Operator: a {@code scrape_configs} list
 * with one static job for the exporters and one for HAProxy's {@code /metrics} on its stats port. It
 * is a complete Prometheus configuration by itself, so {@code promtool check config} checks it as is.
 */
public final class ScrapeConfig {
  public static final String FILE = "prometheus.yml";
  static final String METRICS_PATH = "/metrics";
  private static final String TEMPLATE = "io/rhc/emit/scrape/prometheus.yml.mustache";

  private ScrapeConfig() {}

  /**
   * The jobs of a cluster with monitoring on (its exporter enabled): redis_exporter on
   * {@code exporterHosts}, HAProxy on {@code proxyHosts} when the proxy is on; none otherwise.
   */
  public static List<ScrapeJob> jobs(Spec spec, List<String> exporterHosts, List<String> proxyHosts) {
    List<ScrapeJob> jobs = new ArrayList<>();
    if (!spec.monitoring().exporter().enabled()) {
      return jobs;
    }
    jobs.add(new ScrapeJob(spec.name() + "-redis", "redis_exporter", METRICS_PATH,
        targets(exporterHosts, spec.monitoring().exporter().port())));
    if (spec.proxy().enabled() && !proxyHosts.isEmpty()) {
      jobs.add(new ScrapeJob(spec.name() + "-haproxy", "HAProxy's built-in exporter",
          METRICS_PATH, targets(proxyHosts, spec.proxy().statsPort())));
    }
    return List.copyOf(jobs);
  }

  /** The file for these jobs, or empty when there are none. */
  public static Optional<Artifact> file(Spec spec, List<ScrapeJob> jobs) {
    if (jobs.isEmpty()) {
      return Optional.empty();
    }
    String interval = quoted(Durations.format(spec.monitoring().scrapeInterval()));
    String cluster = quoted(spec.name());
    List<JobView> views = jobs.stream().map(j -> new JobView(quoted(j.name()), j.scrapes(), quoted(j.path()),
        j.targets().stream().map(ScrapeConfig::quoted).toList())).toList();
    return Optional.of(Artifact.file(FILE, Templates.instance().render(TEMPLATE,
        new View(spec.name(), cluster, interval, views))));
  }

  record View(String clusterName, String cluster, String interval, List<JobView> jobs) {}

  record JobView(String name, String scrapes, String path, List<String> targets) {}

  private static List<String> targets(List<String> hosts, int port) {
    return hosts.stream().map(host -> host + ":" + port).toList();
  }

  /** Double-quoted, so no YAML reader takes a name such as {@code on} for a boolean. */
  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
