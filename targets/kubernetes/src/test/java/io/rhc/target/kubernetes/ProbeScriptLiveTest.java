package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fabric8.certmanager.api.model.v1.Certificate;
import io.rhc.testkit.ExampleSpec;
import io.rhc.testkit.ThrowAwayCa;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rhc-probe.sh against real redis-server and redis-sentinel processes on loopback ports, in plaintext and over TLS
 * with a throw-away CA whose server certificate carries the names of the generated cert-manager Certificate.
 */
class ProbeScriptLiveTest {
  @TempDir Path dir;
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void requirePrograms() throws IOException {
    Run.require("redis-server");
    Run.require("redis-sentinel");
    Run.require("redis-cli");
    String probe = Emitted.of(ExampleSpec.spec("homelab-k8s")).file("config/rhc-probe.sh").content();
    Files.writeString(dir.resolve("rhc-probe.sh"), probe);
  }

  @AfterEach
  void stop() throws InterruptedException {
    for (Process p : started) {
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void aMasterIsStartedAliveAndReady() throws Exception {
    int port = freePort();
    server(port, List.of());
    clusterEnv(port, "none", 1, "no");
    awaitProbe("started", Map.of());
    assertEquals(0, probe("alive", Map.of()).exit());
    assertEquals(0, probe("ready", Map.of()).exit());
  }

  @Test
  void aReplicaWithoutItsMasterIsAliveButNotReady() throws Exception {
    int port = freePort();
    server(port, List.of("--replicaof", "127.0.0.1", Integer.toString(freePort())));
    clusterEnv(port, "none", 1, "no");
    awaitProbe("started", Map.of());
    assertEquals(0, probe("alive", Map.of()).exit());
    Run.Result ready = probe("ready", Map.of());
    assertEquals(1, ready.exit());
    assertTrue(ready.output().contains("replica without a link to its master"), ready.output());
  }

  @Test
  void theProbeAuthenticatesWithThePasswordFromTheEnvironment() throws Exception {
    int port = freePort();
    server(port, List.of("--requirepass", "s3cret yes"));
    clusterEnv(port, "password", 1, "no");
    awaitProbe("started", Map.of("REDIS_PASSWORD", "s3cret yes"));
    assertEquals(0, probe("ready", Map.of("REDIS_PASSWORD", "s3cret yes")).exit());
    Run.Result wrong = probe("alive", Map.of("REDIS_PASSWORD", "wrong"));
    assertEquals(1, wrong.exit(), wrong.output());
  }

  @Test
  void aStoppedServerIsNotAlive() throws Exception {
    clusterEnv(freePort(), "none", 1, "no");
    Run.Result alive = probe("alive", Map.of());
    assertEquals(1, alive.exit());
    assertTrue(alive.output().startsWith("rhc-probe alive: "), alive.output());
  }

  @Test
  void aSentinelAnswersItsProbe() throws Exception {
    int port = freePort();
    int sentinelPort = freePort();
    server(port, List.of());
    Path conf = dir.resolve("sentinel.conf");
    Files.writeString(conf, "port " + sentinelPort + "\nbind 127.0.0.1\ndir " + dir + "\n"
        + "sentinel monitor m 127.0.0.1 " + port + " 1\n");
    start(List.of("redis-sentinel", conf.toString()));
    clusterEnv(port, "none", sentinelPort, "no");
    awaitProbe("sentinel", Map.of());
  }

  @Test
  void overTlsTheProbesVerifyTheNodeAndSentinelWithTheCa() throws Exception {
    probesOverTls(Cases.VARIANTS.get("odoo-compose+tls-cert-manager"), false);
  }

  @Test
  void serversThatRequireClientCertificatesGetThePodsFromTheProbes() throws Exception {
    probesOverTls(Cases.VARIANTS.get("odoo-compose+tls-cert-manager").set("spec.proxy.enabled", false)
        .set("spec.tls.clientAuth", true), true);
  }

  private void probesOverTls(ExampleSpec spec, boolean clientAuth) throws Exception {
    Run.require("openssl");
    Emitted tls = Emitted.of(spec.spec());
    Files.writeString(dir.resolve("rhc-probe.sh"), tls.file("config/rhc-probe.sh").content());
    Certificate certificate = (Certificate) StrictManifests.decode(tls.file(Certificates.FILE).content()).get(0);
    List<String> sans = new ArrayList<>();
    certificate.getSpec().getDnsNames().forEach(n -> sans.add("DNS:" + n));
    certificate.getSpec().getIpAddresses().forEach(ip -> sans.add("IP:" + ip));
    ThrowAwayCa ca = ThrowAwayCa.create(Files.createDirectories(dir.resolve("pki")), sans);
    List<String> tlsOptions = List.of("--tls-cert-file", ca.certificateFile().toString(), "--tls-key-file",
        ca.keyFile().toString(), "--tls-ca-cert-file", ca.caFile().toString(), "--tls-auth-clients",
        clientAuth ? "yes" : "no");
    int port = freePort();
    int sentinelPort = freePort();
    List<String> node = new ArrayList<>(List.of("--port", "0", "--tls-port", Integer.toString(port)));
    node.addAll(tlsOptions);
    server(port, node);
    Path conf = dir.resolve("sentinel.conf");
    Files.writeString(conf, "port 0\ntls-port " + sentinelPort + "\nbind 127.0.0.1\ndir " + dir + "\n"
        + "tls-cert-file " + ca.certificateFile() + "\ntls-key-file " + ca.keyFile() + "\ntls-ca-cert-file "
        + ca.caFile() + "\ntls-auth-clients " + (clientAuth ? "yes" : "no") + "\ntls-replication yes\n"
        + "sentinel monitor m 127.0.0.1 " + port + " 1\n");
    start(List.of("redis-sentinel", conf.toString()));
    clusterEnv(port, "none", sentinelPort, "no");
    Files.writeString(dir.resolve("cluster.env"), tlsEnv(ca.caFile(), ca), StandardOpenOption.APPEND);
    awaitProbe("started", Map.of());
    assertEquals(0, probe("ready", Map.of()).exit());
    awaitProbe("sentinel", Map.of());
    if (clientAuth) {
      Files.writeString(dir.resolve("rhc-probe.sh"), Emitted.of(Cases.VARIANTS.get("odoo-compose+tls-cert-manager")
          .spec()).file("config/rhc-probe.sh").content());
      Run.Result withoutCertificate = probe("alive", Map.of());
      assertEquals(1, withoutCertificate.exit(), "a probe without a client certificate is refused: "
          + withoutCertificate.output());
    }

    Files.writeString(dir.resolve("rhc-probe.sh"), Emitted.of(ExampleSpec.spec("homelab-k8s"))
        .file("config/rhc-probe.sh").content());
    Run.Result plaintext = probe("alive", Map.of());
    assertEquals(1, plaintext.exit(), "a plaintext probe is refused: " + plaintext.output());
    ThrowAwayCa other = ThrowAwayCa.create(Files.createDirectories(dir.resolve("other")), List.of("IP:127.0.0.1"));
    Files.writeString(dir.resolve("rhc-probe.sh"), tls.file("config/rhc-probe.sh").content());
    clusterEnv(port, "none", sentinelPort, "no");
    Files.writeString(dir.resolve("cluster.env"), tlsEnv(other.caFile(), ca), StandardOpenOption.APPEND);
    Run.Result untrusted = probe("alive", Map.of());
    assertEquals(1, untrusted.exit(), "a node whose certificate another CA signed fails: " + untrusted.output());
  }

  /** cluster.env's TLS lines: the CA, and the pod's certificate and key (a client certificate when required). */
  private static String tlsEnv(Path caFile, ThrowAwayCa pod) {
    return "RHC_TLS_CA='" + caFile + "'\nRHC_TLS_CERT='" + pod.certificateFile() + "'\nRHC_TLS_KEY='" + pod.keyFile()
        + "'\n";
  }

  private void server(int port, List<String> extra) throws IOException {
    List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port), "--bind",
        "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()));
    // a later --port (the TLS test's 0) overrides this one
    command.addAll(extra);
    start(command);
  }

  private void start(List<String> command) throws IOException {
    started.add(new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("server-" + started.size() + ".log").toFile()).start());
  }

  private void clusterEnv(int port, String authMode, int sentinelPort, String sentinelAuth) throws IOException {
    Files.writeString(dir.resolve("cluster.env"), "RHC_NODE_PORT='" + port + "'\nRHC_AUTH_MODE='" + authMode
        + "'\nRHC_SENTINEL_PORT='" + sentinelPort + "'\nRHC_SENTINEL_AUTH='" + sentinelAuth + "'\n");
  }

  private Run.Result probe(String mode, Map<String, String> env) throws Exception {
    return Run.run(dir, env, List.of("sh", dir.resolve("rhc-probe.sh").toString(), mode));
  }

  /** Polls the probe until it passes, failing after a 15 s deadline. */
  private void awaitProbe(String mode, Map<String, String> env) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    Run.Result last = probe(mode, env);
    while (last.exit() != 0) {
      if (System.nanoTime() > deadline) {
        fail("probe " + mode + " never passed: " + last.output());
      }
      Thread.onSpinWait();
      last = probe(mode, env);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
