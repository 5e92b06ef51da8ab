package io.rhc.target.kubernetes;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.model.MonitorKind;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import io.rhc.units.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * servicemonitor.yaml or podmonitor.yaml: how the Prometheus Operator finds redis_exporter and
 * HAProxy's {@code /metrics}. Both kinds label every target with its namespace and pod, the labels
 * the alerts of prometheusrule.yaml select on.
 */
final class Monitors {
  static final String SERVICE_MONITOR_FILE = "servicemonitor.yaml";
  static final String POD_MONITOR_FILE = "podmonitor.yaml";
  /** The exporter container's port name, also the data headless Service's port name for it. */
  static final String EXPORTER_PORT = "metrics";
  /** The HAProxy container's stats port name (HAProxy answers /metrics there), also the metrics Service's. */
  static final String HAPROXY_PORT = "stats";
  static final String METRICS_PATH = "/metrics";

  private Monitors() {}

  record Manifest(String file, String content) {}

  record View(String cluster, String name, String scrapes, String target, List<OperatorLabels.Label> labels,
      Pods.Selector selector, String port, String path, String interval) {}

  /** The monitors of the spec's kind, or empty with {@code monitor: none} or nothing to scrape. */
  static Optional<Manifest> render(Spec spec, Names names, Diagnostics diagnostics) {
    MonitorKind kind = spec.monitoring().prometheusOperator().monitor();
    if (kind == MonitorKind.NONE) {
      return Optional.empty();
    }
    boolean serviceMonitor = kind == MonitorKind.SERVICE_MONITOR;
    List<String> docs = new ArrayList<>();
    if (spec.monitoring().exporter().enabled()) {
      docs.add(monitor(spec, names, serviceMonitor, names.cluster() + "-exporter", "redis_exporter of each data node",
          serviceMonitor ? "Service " + names.dataHeadless() : "the data node pods",
          Pods.Selector.of(names, Pods.COMPONENT_REDIS), EXPORTER_PORT));
    } else {
      warnWithoutExporter(spec, kind, diagnostics);
    }
    if (spec.proxy().enabled()) {
      docs.add(monitor(spec, names, serviceMonitor, names.cluster() + "-haproxy", "HAProxy's built-in exporter",
          serviceMonitor ? "Service " + names.haproxyMetrics() : "the HAProxy pods",
          serviceMonitor ? Services.haproxyMetricsLabels(names) : Pods.Selector.of(names, Pods.COMPONENT_HAPROXY),
          HAPROXY_PORT));
    }
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Manifest(serviceMonitor ? SERVICE_MONITOR_FILE : POD_MONITOR_FILE,
        Render.documents(docs)));
  }

  private static String monitor(Spec spec, Names names, boolean serviceMonitor, String name, String scrapes,
      String target, Pods.Selector selector, String port) {
    return Render.template(serviceMonitor ? "servicemonitor.yaml.mustache" : "podmonitor.yaml.mustache",
        new View(names.cluster(), Yaml.str(name), scrapes, target, OperatorLabels.of(spec, names), selector, port,
            METRICS_PATH, Yaml.str(Durations.format(spec.monitoring().scrapeInterval()))));
  }

  private static void warnWithoutExporter(Spec spec, MonitorKind kind, Diagnostics diagnostics) {
    diagnostics.add(Diagnostic.of(Severity.WARNING, Codes.MONITOR_WITHOUT_EXPORTER,
            SpecPath.parse("spec.monitoring.prometheusOperator.monitor"),
            "A " + kind.id() + " for Redis metrics needs `monitoring.exporter.enabled`",
            "Enable the exporter, or set `prometheusOperator.monitor: none`.")
        .withDetail(spec.proxy().enabled()
            ? "Without redis_exporter only HAProxy's metrics are scraped."
            : "Without redis_exporter and without the proxy there is nothing to scrape; no monitor is written."));
  }
}
