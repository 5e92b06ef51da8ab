package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.emit.Artifact;
import io.rhc.emit.TargetRegistry;
import io.rhc.emit.check.ArtifactChecks;
import io.rhc.testkit.ExampleSpec;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the target reports about a spec it cannot, or can only partly, express. */
class TargetDiagnosticsTest {

  static Stream<Arguments> findings() {
    return Stream.of(
        Arguments.of("env-password", gateway(s -> s.setYaml("spec.auth.password", "{ env: REDIS_PASSWORD }")),
            "RHC5201", Severity.ERROR, "spec.auth.password"),
        Arguments.of("file-sentinel-password",
            gateway(s -> s.setYaml("spec.auth.sentinelPassword", "{ file: /run/secrets/sentinel }")),
            "RHC5201", Severity.ERROR, "spec.auth.sentinelPassword"),
        Arguments.of("single-node", gateway(TargetDiagnosticsTest::singleNode), "RHC5203", Severity.WARNING,
            "spec.sentinel.count"),
        Arguments.of("short-grace-period", gateway(s -> s.set("spec.kubernetes.terminationGracePeriod", "10s")),
            "RHC5204", Severity.WARNING, "spec.kubernetes.terminationGracePeriod"),
        Arguments.of("alerts-without-exporter", gateway(s -> s.set("spec.monitoring.alerts", true)), "RHC5205",
            Severity.WARNING, "spec.monitoring.alerts"),
        Arguments.of("backup-to-host-path", gateway(s -> s.set("spec.backup.enabled", true)
            .setYaml("spec.backup.destination", "{ path: /srv/backup }")), "RHC5206", Severity.ERROR,
            "spec.backup.destination"),
        Arguments.of("backup-without-destination", gateway(s -> s.set("spec.backup.enabled", true)), "RHC5206",
            Severity.ERROR, "spec.backup.destination"),
        Arguments.of("network-policy-without-clients", gateway(s -> s.set("spec.networkPolicy.enabled", true)),
            "RHC5207", Severity.WARNING, "spec.networkPolicy.allowNamespaces"),
        Arguments.of("tls-from-host-files-only", gateway(s -> s.set("spec.tls.enabled", true)
            .set("spec.tls.certificateFile", "/etc/tls/c.pem").set("spec.tls.keyFile", "/etc/tls/k.pem")
            .set("spec.tls.caFile", "/etc/tls/ca.pem")), "RHC0214", Severity.ERROR, "spec.tls.enabled"),
        Arguments.of("monitor-without-exporter",
            gateway(s -> s.set("spec.monitoring.prometheusOperator.monitor", "ServiceMonitor")), "RHC5208",
            Severity.WARNING, "spec.monitoring.prometheusOperator.monitor"));
  }

  private static ExampleSpec gateway(UnaryOperator<ExampleSpec> edit) {
    return edit.apply(ExampleSpec.of("gateway-k8s"));
  }

  private static ExampleSpec singleNode(ExampleSpec s) {
    return s.set("spec.nodes.count", 1).set("spec.sentinel.count", 1).set("spec.sentinel.quorum", 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void reports(String name, ExampleSpec spec, String code, Severity severity, String path) {
    Emitted emitted = Emitted.of(spec.spec());
    List<Diagnostic> found = emitted.diagnostics().all();
    assertEquals(1, found.size(), emitted.diagnosticsText());
    Diagnostic d = found.get(0);
    assertEquals(code, d.code());
    assertEquals(severity, d.severity());
    assertEquals(path, d.path().toString());
    assertTrue(d.hint().endsWith("."), "hint is a full sentence: " + d.hint());
    assertFalse(d.summary().endsWith("."), "summary has no trailing period: " + d.summary());
    assertEquals(severity == Severity.ERROR, emitted.files().isEmpty(), "files only without an error");
  }

  @Test
  void aSingleNodeGetsNoDataBudgetButHaproxyKeepsItsOwn() {
    String pdb = Emitted.of(gateway(TargetDiagnosticsTest::singleNode).spec()).file("pdb.yaml").content();
    assertFalse(pdb.contains("maxUnavailable"), pdb);
    assertTrue(pdb.contains("name: redis-gateway-haproxy"), pdb);
  }

  @Test
  void theExamplesOfOtherTargetsNameEverySecretToMove() {
    Emitted veza = Emitted.of(ExampleSpec.spec("veza-systemd"));
    assertEquals(List.of("spec.auth.password", "spec.auth.sentinelPassword"),
        veza.diagnostics().sorted().stream().map(d -> d.path().toString()).toList());
  }

  static Stream<Arguments> deployable() {
    return Cases.deployable();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployable")
  void outputPassesTheArtifactChecks(String name, ExampleSpec spec) {
    List<Artifact> files = Emitted.of(spec.spec()).files();
    Diagnostics diagnostics = new Diagnostics();
    ArtifactChecks.run("kubernetes", files, diagnostics);
    assertTrue(diagnostics.isEmpty(), () -> diagnostics.all().toString());
  }

  @Test
  void theTargetIsFoundThroughTheServiceLoader() {
    assertTrue(TargetRegistry.load().find("kubernetes").orElseThrow() instanceof KubernetesTarget);
  }
}
