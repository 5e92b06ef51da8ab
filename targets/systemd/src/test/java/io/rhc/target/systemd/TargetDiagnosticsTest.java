package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.testkit.ExampleSpec;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Variants of the veza example the systemd target refuses, each with its code and the setting it points at. */
class TargetDiagnosticsTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        c("no-systemd-hosts", v -> v.remove("spec.systemd"), "RHC5301", "spec.systemd"),
        c("password-from-env", v -> v.setYaml("spec.auth.password", "{ env: REDIS_PASSWORD }"),
            "RHC5302", "spec.auth.password"),
        c("persistence-off-restart-too-soon",
            v -> v.set("spec.persistence.rdb.enabled", false).set("spec.systemd.restartDelay", "1s"),
            "RHC5303", "spec.systemd.restartDelay"),
        c("proxy-ports-clash", v -> v.set("spec.proxy.statsPort", 6380), "RHC5307", "spec.proxy.statsPort"),
        c("backup-to-nfs", v -> v.set("spec.backup.enabled", true)
            .setYaml("spec.backup.destination", "{ nfs: { server: nas.lxd, path: /export/redis } }"),
            "RHC5305", "spec.backup.destination"),
        c("backup-day-of-month-and-weekday", v -> v.set("spec.backup.enabled", true)
            .setYaml("spec.backup.destination", "{ path: /srv/backup/redis }").set("spec.backup.schedule", "0 3 1 * 0"),
            "RHC5306", "spec.backup.schedule"),
        c("proxy-on-the-redis-port", v -> v.set("spec.proxy.port", 6379), "RHC5307", "spec.proxy.port"),
        c("exporter-on-the-sentinel-port", v -> v.set("spec.monitoring.exporter.enabled", true)
            .set("spec.monitoring.exporter.port", 26379), "RHC5307", "spec.monitoring.exporter.port"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheProblemAndEmitsNothing(String name, UnaryOperator<ExampleSpec> change, List<String> expected) {
    Diagnostics diagnostics = new Diagnostics();
    List<Artifact> files = new SystemdTarget().emit(change.apply(ExampleSpec.of("veza-systemd")).spec(),
        new EmitContext(diagnostics));
    List<Diagnostic> found = diagnostics.all();
    assertEquals(expected, found.stream().map(d -> d.code() + " " + d.path()).toList(), found.toString());
    assertTrue(found.stream().allMatch(Diagnostic::isError));
    assertEquals(List.of(), files);
  }

  private static Arguments c(String name, UnaryOperator<ExampleSpec> change, String code, String path) {
    return Arguments.of(name, change, List.of(code + " " + path));
  }
}
