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
import io.rhc.model.BackupDestination;
import io.rhc.model.SecretRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the target reports about a spec it cannot, or can only partly, express. */
class TargetDiagnosticsTest {

  static Stream<Arguments> findings() {
    return Stream.of(
        Arguments.of("env-password", change(s -> s.password = Optional.of(new SecretRef.Env("REDIS_PASSWORD"))),
            "RHC5201", Severity.ERROR, "spec.auth.password"),
        Arguments.of("file-sentinel-password",
            change(s -> s.sentinelPassword = Optional.of(new SecretRef.File("/run/secrets/sentinel"))),
            "RHC5201", Severity.ERROR, "spec.auth.sentinelPassword"),
        Arguments.of("colocated-count-mismatch", change(s -> s.sentinels = 5), "RHC5202", Severity.ERROR,
            "spec.sentinel.count"),
        Arguments.of("single-node", change(s -> {
          s.nodes = 1;
          s.sentinels = 1;
          s.quorum = 1;
        }), "RHC5203", Severity.WARNING, "spec.sentinel.count"),
        Arguments.of("short-grace-period", change(s -> s.grace = Duration.ofSeconds(10)), "RHC5204",
            Severity.WARNING, "spec.kubernetes.terminationGracePeriod"),
        Arguments.of("alerts-without-exporter", change(s -> s.alerts = true), "RHC5205", Severity.WARNING,
            "spec.monitoring.alerts"),
        Arguments.of("backup-to-host-path", change(s -> {
          s.backup = true;
          s.backupDestination = Optional.of(new BackupDestination.HostPath("/srv/backup"));
        }), "RHC5206", Severity.ERROR, "spec.backup.destination"),
        Arguments.of("backup-without-destination", change(s -> s.backup = true), "RHC5206", Severity.ERROR,
            "spec.backup.destination"),
        Arguments.of("network-policy-without-clients", change(s -> s.networkPolicy = true), "RHC5207",
            Severity.WARNING, "spec.networkPolicy.allowNamespaces"));
  }

  private static Supplier<ExampleSpecs> change(Consumer<ExampleSpecs> edit) {
    return () -> {
      ExampleSpecs s = ExampleSpecs.gateway();
      edit.accept(s);
      return s;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void reports(String name, Supplier<ExampleSpecs> spec, String code, Severity severity, String path) {
    Emitted emitted = Emitted.of(spec.get().build());
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
    ExampleSpecs s = ExampleSpecs.gateway();
    s.nodes = 1;
    s.sentinels = 1;
    s.quorum = 1;
    String pdb = Emitted.of(s.build()).file("pdb.yaml").content();
    assertFalse(pdb.contains("maxUnavailable"), pdb);
    assertTrue(pdb.contains("name: redis-gateway-haproxy"), pdb);
  }

  @Test
  void theExamplesOfOtherTargetsNameEverySecretToMove() {
    Emitted veza = Emitted.of(ExampleSpecs.veza().build());
    assertEquals(List.of("spec.auth.password", "spec.auth.sentinelPassword"),
        veza.diagnostics().sorted().stream().map(d -> d.path().toString()).toList());
  }

  static Stream<Arguments> deployable() {
    return Cases.deployable();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployable")
  void outputPassesTheArtifactChecks(String name, Supplier<ExampleSpecs> spec) {
    List<Artifact> files = Emitted.of(spec.get().build()).files();
    Diagnostics diagnostics = new Diagnostics();
    ArtifactChecks.run("kubernetes", files, diagnostics);
    assertTrue(diagnostics.isEmpty(), () -> diagnostics.all().toString());
  }

  @Test
  void theTargetIsFoundThroughTheServiceLoader() {
    assertTrue(TargetRegistry.load().find("kubernetes").orElseThrow() instanceof KubernetesTarget);
  }
}
