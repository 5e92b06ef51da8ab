package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Boots the odoo example's compose services as real processes, exactly as compose.yaml says
 * (entrypoint, environment, volumes), one network namespace per service with the service name as
 * host name, then kills the master with SIGKILL and expects a new master to take writes through
 * HAProxy within down-after + 5 s.
 */
class ComposeBootTest {
  @Test
  @Timeout(150)
  void a_killed_master_is_replaced_and_writes_go_through_haproxy() throws Exception {
    Programs.require("ip", "unshare", "mount", "redis-server", "redis-sentinel", "redis-cli", "haproxy");
    Programs.requireThat("root".equals(System.getProperty("user.name")), "network namespaces need root");
    Spec spec = ExampleSpec.spec("odoo-compose");
    Path work = Files.createTempDirectory("rhc-compose-boot-");
    try (NetnsLab lab = new NetnsLab()) {
      Path project = Emitted.of(spec).writeTo(work.resolve("project"));
      ComposeBoot boot = new ComposeBoot(lab, work, project);
      Map<String, Map<String, Object>> services = boot.services();
      String client = spec.compose().servicePrefix() + "-client";
      for (String name : services.keySet()) {
        lab.addHost(name);
      }
      lab.addHost(client);
      lab.publishHosts(client, work.resolve("dns.log"));
      Map<String, Process> running = new LinkedHashMap<>();
      for (var e : services.entrySet()) {
        running.put(e.getKey(), boot.start(e.getKey()));
      }
      String proxy = new ComposeLayout(spec).proxies().get(0);
      String sentinel = spec.compose().servicePrefix() + "-sentinel-0";
      String masterName = spec.sentinel().masterName();
      ComposeBoot.Cli cli = new ComposeBoot.Cli(lab, client);

      boot.await(Duration.ofSeconds(60), "a write through HAProxy after boot",
          () -> "OK".equals(cli.redis(proxy, 6379, "SET", "boot", "1")));
      boot.await(Duration.ofSeconds(60), "sentinels that know 2 replicas and 2 peers", () -> {
        for (int i = 0; i < 3; i++) {
          String info = cli.sentinel(spec.compose().servicePrefix() + "-sentinel-" + i, "SENTINEL", "master", masterName);
          if (!info.contains("num-slaves\n2") || !info.contains("num-other-sentinels\n2")) {
            return false;
          }
        }
        return true;
      });
      // Sentinels know every replica from boot (known-replica), so that alone does not mean the replicas hold
      // the write yet: a replica still in its first sync could be promoted without it.
      boot.await(Duration.ofSeconds(60), "the boot write on every data node", () -> {
        for (int i = 0; i < spec.nodes().count(); i++) {
          if (!"1".equals(cli.redis(spec.compose().servicePrefix() + "-redis-" + i, 6379, "GET", "boot"))) {
            return false;
          }
        }
        return true;
      });
      String oldMaster = cli.sentinel(sentinel, "SENTINEL", "get-master-addr-by-name", masterName).lines().findFirst().orElse("");
      assertTrue(running.containsKey(oldMaster), "sentinels name a data node as master: " + oldMaster);

      long killedAt = System.nanoTime();
      NetnsLab.killTree(running.get(oldMaster));
      Duration deadline = spec.sentinel().downAfter().plusSeconds(5);
      boot.await(deadline, "a write through HAProxy after the master was killed",
          () -> "OK".equals(cli.redis(proxy, 6379, "SET", "after-failover", "2")));
      Duration took = Duration.ofNanos(System.nanoTime() - killedAt);
      System.out.printf("compose boot test: writes through HAProxy resumed %d ms after SIGKILL of %s%n",
          took.toMillis(), oldMaster);

      // HAProxy follows a majority of the sentinels; the one asked here may learn of the switch a moment later
      String[] named = {oldMaster};
      boot.await(Duration.ofSeconds(10), "sentinel-0 naming the promoted node", () -> {
        named[0] = cli.sentinel(sentinel, "SENTINEL", "get-master-addr-by-name", masterName).lines().findFirst()
            .orElse("");
        return !named[0].equals(oldMaster) && running.containsKey(named[0]);
      });
      String newMaster = named[0];
      assertEquals("1", cli.redis(proxy, 6379, "GET", "boot"), "the write acknowledged before the kill survived");
      assertEquals("2", cli.redis(proxy, 6379, "GET", "after-failover"));
      assertTrue(cli.redis(proxy, 6379, "INFO", "replication").contains("role:master"));

      // The restart policy brings the killed node back: its entrypoint asks the sentinels first.
      running.put(oldMaster, boot.start(oldMaster));
      boot.await(Duration.ofSeconds(30), "the restarted old master as a replica of " + newMaster,
          () -> cli.redis(oldMaster, 6379, "INFO", "replication").contains("master_host:" + newMaster)
              && cli.redis(oldMaster, 6379, "INFO", "replication").contains("master_link_status:up"));

      // docker stop: SIGTERM to the entrypoint hands the master role over before the server stops.
      Process stopping = running.get(newMaster);
      long grace = spec.sentinel().failoverTimeout().getSeconds() + 15;
      stopping.toHandle().destroy();
      assertTrue(stopping.waitFor(grace, java.util.concurrent.TimeUnit.SECONDS), "stopped within the grace period");
      assertEquals(0, stopping.exitValue(), "clean stop after the hand-over");
      String handedTo = cli.sentinel(sentinel, "SENTINEL", "get-master-addr-by-name", masterName).lines().findFirst().orElse("");
      assertNotEquals(newMaster, handedTo, "the stopped master handed over to another node");
      boot.await(Duration.ofSeconds(10), "a write through HAProxy after the graceful stop",
          () -> "OK".equals(cli.redis(proxy, 6379, "SET", "after-stop", "3")));
      assertEquals("2", cli.redis(proxy, 6379, "GET", "after-failover"));
    } finally {
      NetnsLab.deleteTree(work);
    }
  }
}
