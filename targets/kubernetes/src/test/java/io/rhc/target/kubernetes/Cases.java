package io.rhc.target.kubernetes;

import io.rhc.testkit.ExampleSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Named specs for table tests: every example, and the variants. */
final class Cases {
  /**
   * Variants that compile on this target: the two non-Kubernetes examples with their passwords in Secrets
   * (dedicated sentinels, read-only and sentinel proxy ports; the odoo one rolled out by rhc's order, OnDelete), a cluster using every optional switch the
   * examples leave off, the homelab example with PodMonitors instead of ServiceMonitors, and two TLS clusters: the
   * homelab one with an existing Secret, the odoo one (dedicated sentinels) with a cert-manager Certificate.
   */
  static final Map<String, ExampleSpec> VARIANTS = Map.of(
      "odoo-compose+secrets", ExampleSpec.of("odoo-compose")
          .setYaml("spec.auth.password", "{ kubernetesSecret: { name: odoo19-redis-auth, key: password } }")
          .set("spec.proxy.readOnlyPort", 6380)
          .set("spec.kubernetes.updateStrategy", "OnDelete"),
      "veza-systemd+secrets", ExampleSpec.of("veza-systemd")
          .setYaml("spec.auth.password", "{ kubernetesSecret: { name: veza-redis, key: redis-password } }")
          .setYaml("spec.auth.sentinelPassword", "{ kubernetesSecret: { name: veza-redis, key: sentinel-password } }"),
      "edge-cases", ExampleSpec.file(Path.of("src/test/resources/specs/edge-cases.yaml")),
      "homelab-k8s+podmonitor", ExampleSpec.of("homelab-k8s")
          .set("spec.monitoring.prometheusOperator.monitor", "PodMonitor"),
      "homelab-k8s+tls-secret", tlsWithoutExporterAndBackup("homelab-k8s")
          .setYaml("spec.tls.certificate", "{ kubernetesSecret: { name: redis-v2-tls } }"),
      "odoo-compose+tls-cert-manager", tlsWithoutExporterAndBackup("odoo-compose")
          .setYaml("spec.auth.password", "{ kubernetesSecret: { name: odoo19-redis-auth, key: password } }")
          .setYaml("spec.tls.certManager", "{ issuerRef: { name: internal-ca, kind: ClusterIssuer }, duration: 90d,"
              + " renewBefore: 30d }"));

  /** The exporter and the backup job do not speak TLS yet (RHC0214). */
  static ExampleSpec tlsWithoutExporterAndBackup(String example) {
    return ExampleSpec.of(example).set("spec.monitoring.exporter.enabled", false).set("spec.backup.enabled", false)
        .set("spec.tls.enabled", true);
  }

  private Cases() {}

  /** Name and {@link ExampleSpec} of every example and variant, by name. */
  static Stream<Arguments> all() {
    Map<String, ExampleSpec> all = new TreeMap<>(VARIANTS);
    ExampleSpec.names().forEach(name -> all.put(name, ExampleSpec.of(name)));
    return all.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  /** The cases the target compiles without an error. */
  static Stream<Arguments> deployable() {
    return all().filter(a -> !Emitted.of(((ExampleSpec) a.get()[1]).spec()).diagnostics().hasErrors());
  }

  /** Where the reviewed output of a case is: an example's in the examples module, a variant's here. */
  static Path golden(String name) {
    return VARIANTS.containsKey(name) ? Path.of("src/test/resources/golden", name)
        : Path.of("../../examples", name, "expected/kubernetes");
  }
}
