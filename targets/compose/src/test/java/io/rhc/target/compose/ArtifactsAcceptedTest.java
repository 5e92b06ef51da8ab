package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.check.ArtifactChecks;
import io.rhc.model.Spec;
import io.rhc.testkit.ThrowAwayCa;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's compose output, and the TLS variant's, is accepted by the real tools (docker-compose, shellcheck,
 * haproxy, redis) and by the shared artifact checks, and is the same on every run. ExamplesGoldenTest pins the
 * examples' bytes, GoldenTest the variant's.
 */
class ArtifactsAcceptedTest {
  private Path work;

  static List<String> examples() {
    return Cases.names();
  }

  @BeforeEach
  void createWorkDir() throws IOException {
    work = Files.createTempDirectory("rhc-compose-accepted-");
  }

  @AfterEach
  void deleteWorkDir() throws IOException {
    NetnsLab.deleteTree(work);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void docker_compose_config_accepts_the_project(String example) throws Exception {
    Programs.require("docker-compose");
    Path project = Emitted.of(Cases.spec(example).spec()).writeTo(work.resolve("project"));
    String env = Files.readAllLines(project.resolve(".env.example")).stream()
        .filter(l -> !l.startsWith("#"))
        .map(l -> l.endsWith("=") ? l + "dummy-value" : l)
        .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(project.resolve(".env"), env);
    Programs.Result r = Programs.run(project, List.of("docker-compose", "--project-directory", ".", "-f",
        "compose.yaml", "config", "-q"), 60);
    assertEquals(0, r.exit(), r.output());
    assertEquals("", r.output().strip(), "docker-compose config printed warnings");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void shellcheck_accepts_every_script(String example) throws Exception {
    Programs.require("shellcheck");
    Emitted emitted = Emitted.of(Cases.spec(example).spec());
    Path project = emitted.writeTo(work.resolve("project"));
    List<String> scripts = emitted.artifacts().stream().map(Artifact::path).filter(p -> p.endsWith(".sh")).toList();
    assertTrue(scripts.size() >= 5, "scripts: " + scripts);
    List<String> argv = new ArrayList<>(List.of("shellcheck", "-s", "sh", "-x", "-P", "SCRIPTDIR"));
    argv.addAll(scripts);
    Programs.Result r = Programs.run(project, argv, 60);
    assertEquals(0, r.exit(), r.output());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void haproxy_accepts_the_config(String example) throws Exception {
    Programs.require("haproxy", "unshare", "mount");
    Programs.requireThat("root".equals(System.getProperty("user.name")), "mount namespaces need root");
    Spec spec = Cases.spec(example).spec();
    assumeTrue(spec.proxy().enabled(), "no proxy, no haproxy.cfg");
    Path project = Emitted.of(spec).writeTo(work.resolve("project"));
    Path secrets = secrets(spec, new ComposeLayout(spec));
    try (MountPoints mountPoints = new MountPoints()) {
      mountPoints.ensure(ComposeLayout.SECRETS_DIR);
      // the CA its TLS checks verify with, where compose mounts it
      ProcessBuilder pb = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "sh", "-c",
          "mount --bind \"$1\" " + ComposeLayout.SECRETS_DIR + " && exec haproxy -c -f haproxy/haproxy.cfg", "sh",
          secrets.toString()).directory(project.toFile()).redirectErrorStream(true);
      pb.environment().put("REDIS_PASSWORD", "dummy");
      pb.environment().put("SENTINEL_PASSWORD", "dummy");
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      assertTrue(out.lines().noneMatch(l -> l.contains("[WARNING]") && !l.contains("could not resolve address")),
          "haproxy -c warned:\n" + out);
    }
  }

  /**
   * Boot-time init of data node 0 and sentinel 0, then redis-server and redis-sentinel on the
   * files it wrote, inside a private network and mount namespace with the compose paths mapped.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @Timeout(60)
  void redis_and_sentinel_accept_the_configs_init_writes(String example) throws Exception {
    Programs.require("unshare", "ip", "mount", "redis-server", "redis-sentinel", "redis-cli");
    Programs.requireThat("root".equals(System.getProperty("user.name")), "mount namespaces need root");
    Spec spec = Cases.spec(example).spec();
    Emitted emitted = Emitted.of(spec);
    Path project = emitted.writeTo(work.resolve("project"));
    ComposeLayout layout = new ComposeLayout(spec);
    StringBuilder hosts = new StringBuilder("127.0.0.1 localhost");
    layout.nodes().forEach(h -> hosts.append(' ').append(h));
    layout.sentinels().stream().filter(h -> !layout.nodes().contains(h)).forEach(h -> hosts.append(' ').append(h));
    Files.writeString(work.resolve("hosts"), hosts + "\n");
    Path state = Files.createDirectories(work.resolve("state"));
    Path data = Files.createDirectories(work.resolve("data"));
    String script = String.join("\n",
        "set -eu",
        "ip link set lo up",
        "mount --bind '" + work.resolve("hosts") + "' /etc/hosts",
        "mount --bind '" + project.resolve("config") + "' " + ComposeLayout.CONFIG_DIR,
        "mount -o remount,bind,ro " + ComposeLayout.CONFIG_DIR,
        "mount --bind '" + state + "' " + ComposeLayout.STATE_DIR,
        "mount --bind '" + data + "' " + ComposeLayout.DATA_DIR,
        "mount --bind '" + secrets(spec, layout) + "' " + ComposeLayout.SECRETS_DIR,
        "pids=''",
        "trap 'for p in $pids; do kill $p 2>/dev/null || true; done; wait' EXIT",
        "sh /etc/rhc/rhc-init.sh redis",
        "redis-server /var/lib/rhc/redis.conf > /var/lib/rhc/redis.log 2>&1 & pids=\"$pids $!\"",
        "sh /etc/rhc/rhc-init.sh sentinel",
        "redis-sentinel /var/lib/rhc/sentinel.conf > /var/lib/rhc/sentinel.log 2>&1 & pids=\"$pids $!\"",
        "i=0",
        "until sh /etc/rhc/rhc-health.sh redis+sentinel; do",
        "  i=$((i + 1)); if [ $i -gt 50 ]; then cat /var/lib/rhc/*.log; exit 1; fi; sleep 0.2",
        "done",
        "echo healthy");
    try (MountPoints mountPoints = new MountPoints()) {
      for (String dir : List.of(ComposeLayout.CONFIG_DIR, ComposeLayout.STATE_DIR, ComposeLayout.DATA_DIR,
          ComposeLayout.SECRETS_DIR)) {
        mountPoints.ensure(dir);
      }
      ProcessBuilder pb = new ProcessBuilder("unshare", "--net", "--mount", "--propagation", "private",
          "sh", "-c", script).redirectErrorStream(true);
      pb.environment().put("RHC_NODE_INDEX", "0");
      pb.environment().put("RHC_SENTINEL_INDEX", "0");
      pb.environment().put("RHC_DISCOVERY_ROUNDS", "1");
      pb.environment().put("REDIS_PASSWORD", "dummy-password");
      pb.environment().put("SENTINEL_PASSWORD", "dummy-sentinel-password");
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      assertTrue(out.contains("healthy"), out);
    }
  }

  /**
   * What compose mounts at /run/secrets: nothing without TLS; with TLS a certificate a throw-away CA signed for the
   * service names, its key and the CA, under the secrets' names.
   */
  private Path secrets(Spec spec, ComposeLayout layout) throws Exception {
    Path dir = Files.createDirectories(work.resolve("secrets"));
    if (!spec.tls().enabled()) {
      return dir;
    }
    List<String> sans = new ArrayList<>(List.of("DNS:localhost", "IP:127.0.0.1"));
    layout.nodes().forEach(h -> sans.add("DNS:" + h));
    layout.sentinels().forEach(h -> sans.add("DNS:" + h));
    ThrowAwayCa ca = ThrowAwayCa.create(Files.createDirectories(work.resolve("pki")), sans.stream().distinct().toList());
    Files.copy(ca.certificateFile(), dir.resolve(ComposeSecrets.TLS_CERTIFICATE));
    Files.copy(ca.keyFile(), dir.resolve(ComposeSecrets.TLS_KEY));
    Files.copy(ca.caFile(), dir.resolve(ComposeSecrets.TLS_CA));
    return dir;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void shared_artifact_checks_pass(String example) {
    Diagnostics diagnostics = new Diagnostics();
    ArtifactChecks.run("compose", Emitted.of(Cases.spec(example).spec()).artifacts(), diagnostics);
    assertTrue(diagnostics.isEmpty(), () -> diagnostics.all().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void recompiling_gives_identical_bytes(String example) {
    assertEquals(Emitted.of(Cases.spec(example).spec()).artifacts(), Emitted.of(Cases.spec(example).spec()).artifacts());
  }
}
