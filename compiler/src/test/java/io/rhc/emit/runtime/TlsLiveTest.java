package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.rhc.emit.Artifact;
import io.rhc.testkit.ExampleSpec;
import io.rhc.testkit.ThrowAwayCa;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, TLS: the generated redis.conf, sentinel.conf, haproxy.cfg and scripts run on Debian's redis-server,
 * redis-sentinel and haproxy with a throw-away CA made here: the plaintext ports are closed, replication and the
 * sentinels run over TLS, a TLS client writes through HAProxy, and after the master is killed the sentinels fail
 * over and HAProxy follows.
 */
class TlsLiveTest {
  @TempDir
  static Path pki;

  @BeforeAll
  static void programs() throws Exception {
    Programs.require("redis-server", "redis-sentinel", "redis-cli", "openssl", "haproxy");
    ThrowAwayCa.create(pki, List.of("DNS:*.homelab.test", "DNS:localhost", "IP:127.0.0.1"));
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void everyHopSpeaksTlsAndFailoverFollowsThroughHaproxy() throws Exception {
    int proxyPort = LoopbackCluster.freePort();
    int statsPort = LoopbackCluster.freePort();
    ExampleSpec tls = LoopbackCluster.runnable("homelab-k8s")
        .set("spec.monitoring.exporter.enabled", false).set("spec.backup.enabled", false)
        .set("spec.proxy.port", proxyPort).set("spec.proxy.statsPort", statsPort)
        .set("spec.tls.enabled", true).set("spec.tls.certificateFile", pki.resolve("server.crt").toString())
        .set("spec.tls.keyFile", pki.resolve("server.key").toString())
        .set("spec.tls.caFile", pki.resolve("ca.crt").toString());
    try (LoopbackCluster c = new LoopbackCluster(tls)) {
      c.cliOptions.addAll(List.of("--tls", "--cacert", pki.resolve("ca.crt").toString()));
      c.bootFresh();
      assertEquals("master", c.role(0));
      for (int i = 1; i < c.names.size(); i++) {
        String info = c.node(i, "INFO", "replication");
        assertEquals("up", c.field(info, "master_link_status"), info);
      }
      assertEquals("0", c.node(0, "CONFIG", "GET", "port").lines().skip(1).findFirst().orElse(""),
          "the plaintext port is closed");
      assertEquals("yes", c.node(1, "CONFIG", "GET", "tls-replication").lines().skip(1).findFirst().orElse(""));
      for (int i = 0; i < c.names.size(); i++) {
        assertEquals(c.names.get(0), c.sentinelMaster(i), "sentinel " + i + " over TLS");
        assertEquals(String.valueOf(c.names.size() - 1), c.sentinelField(i, "num-other-sentinels"),
            "the sentinels found each other over TLS");
      }
      assertNotEquals("PONG", plain(c.ips.get(0), c.nodePort, "PING").strip(), "a plaintext client is refused");

      Path cfg = c.root.resolve("haproxy.cfg");
      Artifact haproxy = RuntimeFiles.haproxyConfig(c.spec, new Peers(c.names, c.names, List.of()),
          c.spec.tls().caFile());
      Files.writeString(cfg, haproxy.content(), StandardCharsets.UTF_8);
      c.start("haproxy", List.of("haproxy", "-W", "-db", "-f", cfg.toString()));
      try {
        LoopbackCluster.await("a TLS write through HAProxy", Duration.ofSeconds(20),
            () -> c.cli("127.0.0.1", proxyPort, "SET", "tls:k", "v").strip().equals("OK"));
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\n" + c.log("haproxy"), e);
      }
      assertEquals("v", c.cli("127.0.0.1", proxyPort, "GET", "tls:k").strip());
      assertNotEquals("OK", plain("127.0.0.1", proxyPort, "SET", "tls:plain", "x").strip(),
          "a plaintext client through HAProxy is refused");

      c.stop("redis-0");
      LoopbackCluster.await("a failover over TLS", Duration.ofSeconds(60), () -> {
        String named = c.sentinelMaster(1);
        return !named.isEmpty() && !named.equals(c.names.get(0)) && named.equals(c.sentinelMaster(2));
      });
      int promoted = c.names.indexOf(c.sentinelMaster(1));
      LoopbackCluster.await("HAProxy routing to the promoted node", Duration.ofSeconds(20),
          () -> c.cli("127.0.0.1", proxyPort, "SET", "tls:after", "v").strip().equals("OK"));
      assertEquals("v", c.node(promoted, "GET", "tls:after").strip(), "the write reached the promoted node");
    }
  }


  /** redis-cli without TLS. */
  private static String plain(String ip, int port, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("redis-cli", "-h", ip, "-p", Integer.toString(port)));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!p.waitFor(5, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return "";
    }
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
