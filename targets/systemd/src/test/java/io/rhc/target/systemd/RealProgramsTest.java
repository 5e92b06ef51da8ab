package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated bundles accepted by systemd-analyze, shellcheck, haproxy -c and a real install.sh run. */
class RealProgramsTest {
  @TempDir Path tmp;

  static Stream<Arguments> specs() {
    ExampleSpec veza = ExampleSpec.of("veza-systemd");
    return Stream.of(Arguments.of("veza", veza.spec()),
        Arguments.of("veza-with-backup", veza.set("spec.backup.enabled", true).set("spec.backup.schedule", "30 2 * * 0")
            .setYaml("spec.backup.destination", "{ path: /srv/backup/redis }").spec()),
        Arguments.of("veza-without-auth", veza.setYaml("spec.auth", "{ mode: none, protectedMode: false }").spec()),
        // the CA bundle every Debian machine has, so haproxy -c can load it
        Arguments.of("veza-with-tls", veza.setYaml("spec.tls", "{ enabled: true, certificateFile: /etc/redis-ha/tls/"
            + "server.crt, keyFile: /etc/redis-ha/tls/server.key, caFile: " + DEBIAN_CA + " }").spec()));
  }

  private static final String DEBIAN_CA = "/etc/ssl/certs/ca-certificates.crt";

  private static void tlsFiles(Path root) throws IOException {
    Files.createDirectories(root.resolve("etc/redis-ha/tls"));
    Files.writeString(root.resolve("etc/redis-ha/tls/server.crt"), "certificate\n");
    Files.writeString(root.resolve("etc/redis-ha/tls/server.key"), "key\n");
    Files.createDirectories(root.resolve(DEBIAN_CA.substring(1)).getParent());
    Files.writeString(root.resolve(DEBIAN_CA.substring(1)), "ca\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void systemdAnalyzeVerifiesEveryUnitWithoutAWord(String name, Spec spec) throws IOException {
    Programs.require("systemd-analyze", "redis-server", "redis-sentinel", "haproxy");
    Bundles.write(Bundles.emit(spec), tmp);
    for (Path host : hosts()) {
      List<String> command = new ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
      try (Stream<Path> units = Files.list(host.resolve("etc/systemd/system"))) {
        units.sorted().forEach(u -> command.add(u.toString()));
      }
      Programs.Result r = Programs.run(command.toArray(String[]::new));
      assertEquals(0, r.exit(), r.all());
      assertEquals("", r.err(), "systemd-analyze warned on " + host);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void scriptsPassShellcheck(String name, Spec spec) throws IOException {
    Programs.require("shellcheck");
    List<Artifact> files = Bundles.emit(spec);
    Bundles.write(files, tmp);
    for (Artifact a : files) {
      if (a.executable()) {
        Path script = tmp.resolve(a.path());
        Programs.Result r = Programs.run(Map.of(), script.getParent(), "shellcheck", "-x", "-s", "sh",
            script.getFileName().toString());
        assertEquals(0, r.exit(), a.path() + "\n" + r.all());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void haproxyAcceptsTheConfig(String name, Spec spec) throws IOException {
    Programs.require("haproxy");
    Bundles.write(Bundles.emit(spec), tmp);
    for (Path host : hosts()) {
      Path cfg = host.resolve("etc/redis-ha/veza/haproxy/haproxy.cfg");
      Programs.Result r = Programs.run(Map.of("REDIS_PASSWORD", "p", "SENTINEL_PASSWORD", "s"), null,
          "haproxy", "-c", "-f", cfg.toString());
      assertEquals(0, r.exit(), r.all());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void backupCalendarIsValid(String name, Spec spec) throws IOException {
    Programs.require("systemd-analyze");
    for (Artifact a : Bundles.emit(spec)) {
      if (a.path().endsWith(".timer")) {
        String calendar = a.content().lines().filter(l -> l.startsWith("OnCalendar="))
            .findFirst().orElseThrow().substring("OnCalendar=".length());
        Programs.Result r = Programs.run("systemd-analyze", "calendar", calendar);
        assertEquals(0, r.exit(), r.all());
        assertTrue(r.out().contains("Sun") && r.out().contains("02:30:00"), r.out());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void installShInstallsIntoARootTwiceWithTheSameResult(String name, Spec spec) throws IOException {
    Programs.require("systemctl", "install", "getent");
    Programs.requireThat(Programs.run("getent", "passwd", "redis").exit() == 0, "no redis user on this machine");
    Bundles.write(Bundles.emit(spec), tmp.resolve("bundle"));
    Path root = tmp.resolve("root");
    Files.createDirectories(root.resolve("etc/redis-ha/secrets"));
    Files.writeString(root.resolve("etc/redis-ha/secrets/redis-password"), "pw-redis\n");
    Files.writeString(root.resolve("etc/redis-ha/secrets/sentinel-password"), "pw-sentinel\n");
    Path bundle = tmp.resolve("bundle/redis-2.lxd");
    if (spec.tls().enabled()) {
      Path bare = tmp.resolve("bare");
      Files.createDirectories(bare.resolve("etc/redis-ha/secrets"));
      Files.copy(root.resolve("etc/redis-ha/secrets/redis-password"), bare.resolve("etc/redis-ha/secrets/redis-password"));
      Files.copy(root.resolve("etc/redis-ha/secrets/sentinel-password"),
          bare.resolve("etc/redis-ha/secrets/sentinel-password"));
      Programs.Result missing = Programs.run(Map.of(), bundle, "sh", "install.sh", "--root=" + bare);
      assertEquals(1, missing.exit(), missing.all());
      assertTrue(missing.err().contains("TLS file /etc/redis-ha/tls/server.crt is missing"), missing.all());
      tlsFiles(root);
    }
    Programs.Result dry = Programs.run(Map.of(), bundle, "sh", "install.sh", "--dry-run", "--root=" + root);
    assertEquals(0, dry.exit(), dry.all());
    assertFalse(Files.exists(root.resolve("etc/systemd")), "--dry-run changed the root");
    assertTrue(dry.out().contains("+ install -D -m 0644 -o root -g root"), dry.out());
    for (int run = 0; run < 2; run++) {
      Programs.Result r = Programs.run(Map.of(), bundle, "sh", "install.sh", "--root=" + root);
      assertEquals(0, r.exit(), r.all());
    }
    assertMode(root.resolve("var/lib/redis-ha/veza/sentinel"), "rwxr-x---", "redis");
    assertMode(root.resolve("etc/redis-ha/veza/redis/rhc-init.sh"), "rwxr-xr-x", "root");
    assertTrue(Files.isSymbolicLink(root.resolve("etc/systemd/system/multi-user.target.wants/rhc-veza-redis.service")));
    if (spec.auth().enabled()) {
      assertMode(root.resolve("etc/redis-ha/secrets"), "rwx------", "redis");
      assertMode(root.resolve("etc/redis-ha/secrets/redis-password"), "rw-------", "redis");
      Path env = root.resolve("etc/redis-ha/veza/haproxy/haproxy.env");
      assertMode(env, "rw-------", "root");
      assertEquals("REDIS_PASSWORD='pw-redis'\nSENTINEL_PASSWORD='pw-sentinel'\n", Files.readString(env));
    }
    if (spec.tls().enabled()) {
      assertMode(root.resolve("etc/redis-ha/tls/server.key"), "rw-------", "redis");
      assertMode(root.resolve("etc/redis-ha/tls/server.crt"), "rw-r--r--", "root");
    }
  }

  private List<Path> hosts() throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static void assertMode(Path p, String mode, String owner) throws IOException {
    PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class);
    assertEquals(mode, PosixFilePermissions.toString(a.permissions()), p.toString());
    assertEquals(owner, a.owner().getName(), p.toString());
  }
}
