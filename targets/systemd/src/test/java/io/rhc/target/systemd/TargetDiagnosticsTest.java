package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.model.BackupDestination;
import io.rhc.model.HostRole;
import io.rhc.model.SecretRef;
import io.rhc.model.SystemdHost;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Specs the systemd target refuses, each with its code and the setting it points at. */
class TargetDiagnosticsTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        c("no-systemd-hosts", t -> t.hosts = null, "RHC5301", "spec.systemd"),
        c("password-from-env", t -> t.password = Optional.of(new SecretRef.Env("REDIS_PASSWORD")),
            "RHC5302", "spec.auth.password"),
        c("persistence-off-restart-too-soon", t -> {
          t.rdb = false;
          t.restartDelay = Optional.of(Duration.ofSeconds(1));
        }, "RHC5303", "spec.systemd.restartDelay"),
        twice("node-placed-twice", t -> t.hosts = List.of(TestSpecs.host("redis-1.lxd", 0),
            TestSpecs.host("redis-2.lxd", 0), TestSpecs.host("redis-3.lxd", 2)),
            "RHC5304 spec.systemd.hosts[1].node", "RHC5304 spec.systemd.hosts"),
        c("sentinel-count-differs", t -> t.hosts = List.of(TestSpecs.host("redis-1.lxd", 0),
            TestSpecs.host("redis-2.lxd", 1),
            new SystemdHost("redis-3.lxd", Set.of(HostRole.REDIS), OptionalInt.of(2))), "RHC5304",
            "spec.sentinel.count"),
        c("backup-to-nfs", t -> {
          t.backup = true;
          t.backupDestination = Optional.of(new BackupDestination.Nfs("nas.lxd", "/export/redis"));
        }, "RHC5305", "spec.backup.destination"),
        c("backup-day-of-month-and-weekday", t -> {
          t.backup = true;
          t.schedule = "0 3 1 * 0";
        }, "RHC5306", "spec.backup.schedule"),
        c("proxy-on-the-redis-port", t -> t.proxyPort = 6379, "RHC5307", "spec.proxy.port"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheProblemAndEmitsNothing(String name, Consumer<TestSpecs> change, List<String> expected) {
    TestSpecs t = TestSpecs.veza();
    change.accept(t);
    Diagnostics diagnostics = new Diagnostics();
    List<Artifact> files = new SystemdTarget().emit(t.build(), new EmitContext(diagnostics));
    List<Diagnostic> found = diagnostics.all();
    assertEquals(expected, found.stream().map(d -> d.code() + " " + d.path()).toList(), found.toString());
    assertTrue(found.stream().allMatch(Diagnostic::isError));
    assertEquals(List.of(), files);
  }

  private static Arguments c(String name, Consumer<TestSpecs> change, String code, String path) {
    return Arguments.of(name, change, List.of(code + " " + path));
  }

  private static Arguments twice(String name, Consumer<TestSpecs> change, String first, String second) {
    return Arguments.of(name, change, List.of(first, second));
  }
}
