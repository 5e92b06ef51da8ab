package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.openshift.api.model.monitoring.v1.Endpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMetricsEndpoint;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Prometheus Operator monitors select what the output really holds: a ServiceMonitor exactly one
 * emitted Service, whose ports include every endpoint port and lead to named container ports of the pods
 * it selects; a PodMonitor pods whose containers name every endpoint port. The exporter's monitor reaches
 * the data StatefulSet's pods, the ones prometheusrule.yaml's {@code pod=~"<set>-[0-9]+"} alerts select.
 */
class MonitorsTest {
  private static final List<String> KINDS = List.of("ServiceMonitor", "PodMonitor");

  /** Every deployable case with the exporter on, once per monitor kind; a TLS cluster has no exporter yet. */
  static Stream<Arguments> monitored() {
    return Cases.deployable().filter(c -> !((ExampleSpec) c.get()[1]).spec().tls().enabled()).flatMap(c -> KINDS.stream().map(kind -> Arguments.of(c.get()[0] + " " + kind, kind,
        ((ExampleSpec) c.get()[1]).set("spec.monitoring.exporter.enabled", true)
            .set("spec.monitoring.prometheusOperator.monitor", kind)
            .set("spec.monitoring.scrapeInterval", "15s"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("monitored")
  void monitorsSelectPortsThatExist(String name, String kind, ExampleSpec spec) throws IOException {
    Spec s = spec.spec();
    Output out = Output.of(s);
    List<String> monitored = new ArrayList<>();
    if (kind.equals("ServiceMonitor")) {
      assertTrue(out.podMonitors.isEmpty());
      for (ServiceMonitor m : out.serviceMonitors) {
        monitored.add(m.getMetadata().getName());
        Service service = onlyServiceSelectedBy(out, m.getSpec().getSelector());
        List<Workload> pods = out.podsSelectedBy(service.getSpec().getSelector());
        assertFalse(pods.isEmpty(), "Service " + service.getMetadata().getName() + " selects pods");
        for (Endpoint e : m.getSpec().getEndpoints()) {
          ServicePort port = service.getSpec().getPorts().stream().filter(p -> e.getPort().equals(p.getName()))
              .findFirst().orElseThrow(() -> new AssertionError(m.getMetadata().getName() + " scrapes port "
                  + e.getPort() + ", which Service " + service.getMetadata().getName() + " does not have"));
          for (Workload pod : pods) {
            assertTrue(containerPortNames(pod).contains(port.getTargetPort().getStrVal()),
                "pods of " + service.getMetadata().getName() + " name port " + port.getTargetPort().getStrVal());
          }
          assertEquals("/metrics", e.getPath());
          assertEquals("15s", e.getInterval());
        }
        assertWorkloads(s, m.getMetadata().getName(), pods);
      }
    } else {
      assertTrue(out.serviceMonitors.isEmpty());
      for (PodMonitor m : out.podMonitors) {
        monitored.add(m.getMetadata().getName());
        List<Workload> pods = out.podsSelectedBy(m.getSpec().getSelector());
        assertFalse(pods.isEmpty(), m.getMetadata().getName() + " selects pods");
        for (PodMetricsEndpoint e : m.getSpec().getPodMetricsEndpoints()) {
          for (Workload pod : pods) {
            assertTrue(containerPortNames(pod).contains(e.getPort()), m.getMetadata().getName()
                + " scrapes container port " + e.getPort() + " of " + pod + ": " + containerPortNames(pod));
          }
          assertEquals("/metrics", e.getPath());
          assertEquals("15s", e.getInterval());
        }
        assertWorkloads(s, m.getMetadata().getName(), pods);
      }
    }
    List<String> expected = s.proxy().enabled()
        ? List.of(s.name() + "-exporter", s.name() + "-haproxy") : List.of(s.name() + "-exporter");
    assertEquals(expected, monitored);
  }

  @Test
  void theMonitorsAndTheRulesCarryTheLabelsThePrometheusSelectsBy() throws IOException {
    ExampleSpec spec = ExampleSpec.of("homelab-k8s").setYaml("spec.monitoring.prometheusOperator.labels",
        "{ release: prom, \"no\": \"off\" }");
    Output out = Output.of(spec.spec());
    List<HasMetadata> operatorObjects = new ArrayList<>(out.serviceMonitors);
    operatorObjects.addAll(out.rules);
    assertEquals(3, operatorObjects.size());
    for (HasMetadata o : operatorObjects) {
      assertEquals(Map.of("app.kubernetes.io/instance", "redis-v2", "release", "prom", "no", "off"),
          o.getMetadata().getLabels(), o.getKind());
    }
  }

  @Test
  void withoutTheExporterOnlyHaproxyIsMonitored() throws IOException {
    ExampleSpec spec = ExampleSpec.of("gateway-k8s").set("spec.monitoring.prometheusOperator.monitor", "PodMonitor");
    Output out = Output.of(spec.spec());
    assertEquals(List.of("redis-gateway-haproxy"),
        out.podMonitors.stream().map(m -> m.getMetadata().getName()).toList());
  }

  @Test
  void withoutTheExporterAndTheProxyNoMonitorIsWritten() {
    ExampleSpec spec = ExampleSpec.of("gateway-k8s").set("spec.proxy.enabled", false)
        .set("spec.monitoring.prometheusOperator.monitor", "ServiceMonitor");
    Emitted emitted = Emitted.of(spec.spec());
    assertTrue(emitted.files().stream().noneMatch(a -> a.path().contains("monitor")), emitted.files().toString());
    assertFalse(emitted.file(Services.FILE).content().contains("haproxy-metrics"));
    assertEquals(List.of(Codes.MONITOR_WITHOUT_EXPORTER),
        emitted.diagnostics().all().stream().map(d -> d.code()).toList());
  }

  @Test
  void noMonitorNoMetricsService() {
    Emitted emitted = Emitted.of(ExampleSpec.of("homelab-k8s").remove("spec.monitoring.prometheusOperator").spec());
    assertTrue(emitted.files().stream().noneMatch(a -> a.path().contains("monitor")));
    assertFalse(emitted.file(Services.FILE).content().contains("haproxy-metrics"));
  }

  @Test
  void anEndpointFieldOfTheOtherKindIsRejected() {
    String serviceMonitor = Emitted.of(ExampleSpec.spec("homelab-k8s")).file(Monitors.SERVICE_MONITOR_FILE).content();
    assertTrue(serviceMonitor.contains("  endpoints:"), "fixture still fits the golden");
    assertThrows(IOException.class,
        () -> StrictManifests.decode(serviceMonitor.replace("  endpoints:", "  podMetricsEndpoints:")));
    assertThrows(IOException.class,
        () -> StrictManifests.decode(serviceMonitor.replace("      interval:", "      intervall:")));
  }

  /**
   * The exporter's targets are the pods of the data StatefulSet, {@code <name>-<i>} as the alerts expect;
   * HAProxy's are the pods of its Deployment.
   */
  private static void assertWorkloads(Spec s, String monitor, List<Workload> pods) {
    List<String> expected = monitor.endsWith("-exporter")
        ? List.of("StatefulSet " + s.name()) : List.of("Deployment " + s.name() + "-haproxy");
    assertEquals(expected, pods.stream().map(Workload::toString).toList(), monitor);
  }

  private static Service onlyServiceSelectedBy(Output out, LabelSelector selector) {
    assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    List<Service> selected = out.services.stream()
        .filter(svc -> matches(selector.getMatchLabels(), svc.getMetadata().getLabels())).toList();
    assertEquals(1, selected.size(), "Services selected by " + selector.getMatchLabels() + ": "
        + selected.stream().map(svc -> svc.getMetadata().getName()).toList());
    return selected.get(0);
  }

  private static Set<String> containerPortNames(Workload workload) {
    return workload.pod().getSpec().getContainers().stream()
        .flatMap(c -> c.getPorts() == null ? Stream.<ContainerPort>empty() : c.getPorts().stream())
        .map(ContainerPort::getName).collect(Collectors.toSet());
  }

  private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
    return !selector.isEmpty() && labels != null && labels.entrySet().containsAll(selector.entrySet());
  }

  /** The pod template of one workload. */
  private record Workload(String kind, String name, PodTemplateSpec pod) {
    @Override
    public String toString() {
      return kind + " " + name;
    }
  }

  /** The decoded objects of one output; the pod templates of every workload, the backup CronJob's included. */
  private record Output(List<Service> services, List<Workload> pods, List<ServiceMonitor> serviceMonitors,
      List<PodMonitor> podMonitors, List<PrometheusRule> rules) {

    static Output of(Spec spec) throws IOException {
      Output out = new Output(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>());
      for (Artifact manifest : Emitted.of(spec).manifests()) {
        for (Object o : StrictManifests.decode(manifest.content())) {
          if (o instanceof Service svc) {
            out.services.add(svc);
          } else if (o instanceof StatefulSet set) {
            out.pods.add(new Workload("StatefulSet", set.getMetadata().getName(), set.getSpec().getTemplate()));
          } else if (o instanceof Deployment d) {
            out.pods.add(new Workload("Deployment", d.getMetadata().getName(), d.getSpec().getTemplate()));
          } else if (o instanceof CronJob j) {
            out.pods.add(new Workload("CronJob", j.getMetadata().getName(),
                j.getSpec().getJobTemplate().getSpec().getTemplate()));
          } else if (o instanceof ServiceMonitor m) {
            out.serviceMonitors.add(m);
          } else if (o instanceof PodMonitor m) {
            out.podMonitors.add(m);
          } else if (o instanceof PrometheusRule r) {
            out.rules.add(r);
          }
        }
      }
      return out;
    }

    List<Workload> podsSelectedBy(LabelSelector selector) {
      assertTrue(selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
      return podsSelectedBy(selector.getMatchLabels());
    }

    List<Workload> podsSelectedBy(Map<String, String> selector) {
      return pods.stream().filter(w -> matches(selector, w.pod().getMetadata().getLabels())).toList();
    }
  }
}
