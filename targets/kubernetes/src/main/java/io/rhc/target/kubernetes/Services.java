package io.rhc.target.kubernetes;

import io.rhc.model.MonitorKind;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * services.yaml: headless Services for stable pod names, the client Service in front of HAProxy and,
 * for a ServiceMonitor, a headless Service of HAProxy's stats ports.
 */
final class Services {
  static final String FILE = "services.yaml";
  /** The metrics Service's own component, so that its ServiceMonitor selects it and not the client Service. */
  static final String COMPONENT_HAPROXY_METRICS = "haproxy-metrics";

  private Services() {}

  record Port(String name, int port) {}

  record View(String cluster, String name, Pods.Selector selector, List<Port> ports) {}

  record MetricsView(String cluster, String name, Pods.Selector labels, Pods.Selector selector, Port port) {}

  static Pods.Selector haproxyMetricsLabels(Names names) {
    return Pods.Selector.of(names, COMPONENT_HAPROXY_METRICS);
  }

  static String render(Spec spec, Names names) {
    List<String> docs = new ArrayList<>();
    List<Port> dataPorts = new ArrayList<>();
    dataPorts.add(new Port("redis", spec.nodes().port()));
    if (!names.dedicatedSentinels()) {
      dataPorts.add(new Port("sentinel", spec.sentinel().port()));
    }
    if (spec.monitoring().exporter().enabled()) {
      dataPorts.add(new Port(Monitors.EXPORTER_PORT, spec.monitoring().exporter().port()));
    }
    docs.add(Render.template("headless-service.yaml.mustache", new View(names.cluster(),
        Yaml.str(names.dataHeadless()), Pods.Selector.of(names, Pods.COMPONENT_REDIS), dataPorts)));
    if (names.dedicatedSentinels()) {
      docs.add(Render.template("headless-service.yaml.mustache", new View(names.cluster(),
          Yaml.str(names.sentinelHeadless()), Pods.Selector.of(names, Pods.COMPONENT_SENTINEL),
          List.of(new Port("sentinel", spec.sentinel().port())))));
    }
    client(spec, names).ifPresent(view -> docs.add(Render.template("client-service.yaml.mustache", view)));
    if (spec.proxy().enabled() && spec.monitoring().prometheusOperator().monitor() == MonitorKind.SERVICE_MONITOR) {
      docs.add(Render.template("haproxy-metrics-service.yaml.mustache", new MetricsView(names.cluster(),
          Yaml.str(names.haproxyMetrics()), haproxyMetricsLabels(names),
          Pods.Selector.of(names, Pods.COMPONENT_HAPROXY), new Port(Monitors.HAPROXY_PORT, spec.proxy().statsPort()))));
    }
    return Render.documents(docs);
  }

  private static Optional<View> client(Spec spec, Names names) {
    if (!spec.proxy().enabled()) {
      return Optional.empty();
    }
    List<Port> ports = new ArrayList<>();
    ports.add(new Port("redis", spec.proxy().port()));
    spec.proxy().readOnlyPort().ifPresent(p -> ports.add(new Port("redis-read", p)));
    spec.proxy().sentinelPort().ifPresent(p -> ports.add(new Port("sentinel", p)));
    return Optional.of(new View(names.cluster(), Yaml.str(names.clientService()),
        Pods.Selector.of(names, Pods.COMPONENT_HAPROXY), ports));
  }
}
