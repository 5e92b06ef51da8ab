package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.Spec;
import io.rhc.testkit.ThrowAwayCa;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Boots the TLS variant's compose services as real processes (see {@link ComposeBootTest}), its certificate, key and
 * CA made by a throw-away CA for the service names and mounted as the compose secrets say: a TLS client writes
 * through HAProxy (its checks and sentinel-majority guard over TLS), the sentinels find the replicas and each other
 * over TLS, replication runs over TLS, and plaintext clients are refused at a node and at HAProxy.
 */
class ComposeTlsBootTest {
  @Test
  @Timeout(120)
  void tls_clients_write_through_haproxy_and_plaintext_is_refused() throws Exception {
    Programs.require("ip", "unshare", "mount", "redis-server", "redis-sentinel", "redis-cli", "haproxy", "openssl");
    Programs.requireThat("root".equals(System.getProperty("user.name")), "network namespaces need root");
    Path work = Files.createTempDirectory("rhc-compose-tls-boot-");
    try (NetnsLab lab = new NetnsLab()) {
      Spec plain = Cases.VARIANTS.get("odoo-compose+tls").spec();
      ComposeLayout layout = new ComposeLayout(plain);
      List<String> sans = new ArrayList<>(List.of("DNS:localhost", "IP:127.0.0.1"));
      layout.nodes().forEach(h -> sans.add("DNS:" + h));
      layout.sentinels().forEach(h -> sans.add("DNS:" + h));
      ThrowAwayCa ca = ThrowAwayCa.create(Files.createDirectories(work.resolve("pki")), sans);
      Spec spec = Cases.VARIANTS.get("odoo-compose+tls").set("spec.tls.certificateFile", ca.certificateFile().toString())
          .set("spec.tls.keyFile", ca.keyFile().toString()).set("spec.tls.caFile", ca.caFile().toString()).spec();
      ComposeBoot boot = new ComposeBoot(lab, work, Emitted.of(spec).writeTo(work.resolve("project")));
      String client = spec.compose().servicePrefix() + "-client";
      for (String name : boot.services().keySet()) {
        lab.addHost(name);
      }
      lab.addHost(client);
      lab.publishHosts(client, work.resolve("dns.log"));
      for (String name : boot.services().keySet()) {
        boot.start(name);
      }
      String proxy = layout.proxies().get(0);
      String masterName = spec.sentinel().masterName();
      ComposeBoot.Cli cli = ComposeBoot.Cli.tls(lab, client, ca.caFile());

      boot.await(Duration.ofSeconds(60), "a TLS write through HAProxy after boot",
          () -> "OK".equals(cli.redis(proxy, 6379, "SET", "boot", "1")));
      boot.await(Duration.ofSeconds(60), "sentinels that know 2 replicas and 2 peers over TLS", () -> {
        for (String sentinel : layout.sentinels()) {
          String info = cli.sentinel(sentinel, "SENTINEL", "master", masterName);
          if (!info.contains("num-slaves\n2") || !info.contains("num-other-sentinels\n2")) {
            return false;
          }
        }
        return true;
      });
      String master = cli.sentinel(layout.sentinels().get(0), "SENTINEL", "get-master-addr-by-name", masterName)
          .lines().findFirst().orElse("");
      assertTrue(layout.nodes().contains(master), "the sentinels name a data node as master: " + master);
      for (String node : layout.nodes()) {
        if (!node.equals(master)) {
          boot.await(Duration.ofSeconds(30), node + " replicating over TLS",
              () -> cli.redis(node, 6379, "INFO", "replication").contains("master_link_status:up"));
        }
        assertEquals("port\n0", cli.redis(node, 6379, "CONFIG", "GET", "port"), node + " has no plaintext port");
        assertNotEquals("PONG", cli.plain(node, 6379, "PING"), "a plaintext client is refused by " + node);
      }
      assertNotEquals("OK", cli.plain(proxy, 6379, "SET", "plain", "x"), "a plaintext client is refused via HAProxy");
      assertEquals("1", cli.redis(proxy, 6379, "GET", "boot"));
    } finally {
      NetnsLab.deleteTree(work);
    }
  }
}
