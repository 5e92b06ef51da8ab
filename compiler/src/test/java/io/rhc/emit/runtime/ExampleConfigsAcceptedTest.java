package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example's runtime files are accepted by shellcheck, haproxy -c, redis-server and redis-sentinel. */
class ExampleConfigsAcceptedTest {
  @BeforeAll
  static void programs() {
    Programs.require("shellcheck", "haproxy", "redis-server", "redis-sentinel", "redis-cli");
    Programs.requireNamespaces();
  }

  static List<String> examples() {
    return ExampleSpec.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void scriptsPassShellcheck(String name) throws Exception {
    try (LoopbackCluster c = new LoopbackCluster(name)) {
      Path dir = c.config(0);
      Run run = run(dir, "shellcheck", "-s", "sh", "-x", "rhc-init.sh", "rhc-prestop.sh", "rhc-lib.sh");
      assertEquals(0, run.exit(), run.out());
      Run env = run(dir, "sh", "-n", "cluster.env");
      assertEquals(0, env.exit(), env.out());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void haproxyAcceptsTheConfig(String name) throws Exception {
    Spec spec = LoopbackCluster.runnable(name).spec();
    Peers peers = new Peers(List.of("node-0.unresolvable.test", "node-1.unresolvable.test", "node-2.unresolvable.test"),
        List.of("sentinel-0.unresolvable.test", "sentinel-1.unresolvable.test", "sentinel-2.unresolvable.test"),
        List.of());
    Artifact cfg = RuntimeFiles.haproxyConfig(spec, peers, Optional.empty());
    Path dir = Files.createTempDirectory("rhc-haproxy-");
    try {
      Files.writeString(dir.resolve(cfg.path()), cfg.content());
      Run run = run(dir, "haproxy", "-c", "-f", cfg.path());
      assertEquals(0, run.exit(), run.out());
      // Unresolvable names are expected (init-addr last,libc,none); any other warning is a defect.
      assertTrue(run.out().lines().filter(l -> l.contains("[WARNING]"))
          .allMatch(l -> l.contains("could not resolve address")), run.out());
      assertEquals(spec.auth().enabled(), cfg.content().contains("tcp-check send \"AUTH default ${REDIS_PASSWORD}\\r\\n\""));
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(p -> p.toFile().delete());
      }
      Files.delete(dir);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void redisServerAndSentinelStartOnTheGeneratedConfigs(String name) throws Exception {
    try (LoopbackCluster c = new LoopbackCluster(name)) {
      Map<String, String> secrets = Map.of("REDIS_PASSWORD", "s3cret \"quoted\" \\ pass",
          "SENTINEL_PASSWORD", "sentinel-s3cret");
      LoopbackCluster.Run node = c.init("redis", 0, secrets);
      assertEquals(0, node.exit(), node.stderr());
      assertTrue(node.stderr().contains("master=" + c.names.get(0) + " reason=node-0"), node.stderr());
      LoopbackCluster.Run sentinel = c.init("sentinel", 0, secrets);
      assertEquals(0, sentinel.exit(), sentinel.stderr());
      if (c.spec.auth().enabled()) {
        assertEquals("rw-------", permissions(c.state(0).resolve("auth.conf")));
        assertFalse(Files.readString(c.config(0).resolve("redis.conf")).contains("s3cret"));
      }
      assertEquals("rw-------", permissions(c.state(0).resolve("sentinel.conf")));
      c.startRedisWithPassword(0, c.spec.auth().enabled() ? secrets.get("REDIS_PASSWORD") : "");
      c.startSentinelWithPassword(0, c.spec.auth().sentinelPassword().isPresent() ? secrets.get("SENTINEL_PASSWORD") : "");
      assertEquals(Files.readString(c.state(0).resolve("sentinel.conf")).contains("sentinel monitor "
          + c.spec.sentinel().masterName() + " " + c.names.get(0) + " "), true);
    }
  }

  private static String permissions(Path p) throws IOException {
    return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)).substring(0, 9);
  }

  record Run(int exit, String out) {}

  private static Run run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " hung");
    return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
