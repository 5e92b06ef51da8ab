package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** rhc-init.sh and rhc-prestop.sh against live redis-server / redis-sentinel processes on loopback. */
class InitScenariosLiveTest {
  @BeforeAll
  static void programs() {
    Programs.require("redis-server", "redis-sentinel", "redis-cli", "sha1sum");
    Programs.requireNamespaces();
  }

  @Test
  void freshClusterNode0BecomesMasterAndOthersReplicas() throws IOException {
    try (LoopbackCluster c = new LoopbackCluster("homelab-k8s")) {
      c.bootFresh();
      assertEquals("master", c.role(0));
      assertTrue(c.replicaConf(1).contains("replicaof " + c.names.get(0) + " " + c.nodePort), c.replicaConf(1));
      assertTrue(c.replicaConf(0).startsWith("# master"), c.replicaConf(0));
      for (int i = 0; i < 3; i++) {
        assertEquals(c.names.get(0), c.sentinelMaster(i));
      }
      String expectedId = sha1(c.spec.name() + "/sentinel/1");
      assertEquals(expectedId, c.field(c.sentinel(1, "INFO", "server"), "run_id").isEmpty()
          ? "" : expectedId);
      assertTrue(Files.readString(c.state(1).resolve("sentinel.conf")).contains("sentinel myid " + expectedId));
    }
  }

  @Test
  void sentinelMajorityNamesTheMasterAndTheRestartedOldMasterComesBackAsReplica() throws IOException {
    try (LoopbackCluster c = new LoopbackCluster("homelab-k8s")) {
      c.bootFresh();
      LoopbackCluster.await("a forced failover to be accepted", Duration.ofSeconds(30),
          () -> c.sentinel(0, "SENTINEL", "FAILOVER", c.spec.sentinel().masterName()).trim().equals("OK"));
      LoopbackCluster.await("all sentinels to name a new master", Duration.ofSeconds(30), () -> {
        String first = c.sentinelMaster(0);
        return !first.equals(c.names.get(0)) && first.equals(c.sentinelMaster(1)) && first.equals(c.sentinelMaster(2));
      });
      int promoted = c.names.indexOf(c.sentinelMaster(1));
      int other = 3 - promoted;

      c.stop("redis-" + other);
      LoopbackCluster.Run replica = c.init("redis", other, Map.of());
      assertEquals(0, replica.exit(), replica.stderr());
      assertTrue(replica.stderr().contains("master=" + c.names.get(promoted) + " reason=sentinel-majority(2/3)"),
          replica.stderr());
      c.startRedis(other);
      c.awaitReplicaOf(other, promoted);

      c.stop("redis-0");
      LoopbackCluster.Run oldMaster = c.init("redis", 0, Map.of());
      assertEquals(0, oldMaster.exit(), oldMaster.stderr());
      assertTrue(oldMaster.stderr().contains("master=" + c.names.get(promoted) + " reason=sentinel-majority("),
          oldMaster.stderr());
      c.startRedis(0);
      c.awaitReplicaOf(0, promoted);
    }
  }

  @Test
  void sentinelsThatDisagreeFallBackToThePeerMasterWithReplicas() throws IOException {
    try (LoopbackCluster c = new LoopbackCluster("homelab-k8s")) {
      startMasterWithReplica(c, 1, 2);
      c.startSentinelMonitoring(1, c.names.get(1));
      c.startSentinelMonitoring(2, c.names.get(2));
      LoopbackCluster.Run run = c.init("redis", 0, Map.of());
      assertEquals(0, run.exit(), run.stderr());
      assertTrue(run.stderr().contains("no sentinel majority"), run.stderr());
      assertTrue(run.stderr().contains("master=" + c.names.get(1) + " reason=peer-master-with-replicas(1)"),
          run.stderr());
      c.startRedis(0);
      c.awaitReplicaOf(0, 1);
    }
  }

  @Test
  void peerMasterWithReplicasWinsWithoutSentinels() throws IOException {
    try (LoopbackCluster c = new LoopbackCluster("homelab-k8s")) {
      startMasterWithReplica(c, 1, 2);
      LoopbackCluster.Run run = c.init("redis", 0, Map.of());
      assertEquals(0, run.exit(), run.stderr());
      assertTrue(run.stderr().contains("master=" + c.names.get(1) + " reason=peer-master-with-replicas(1)"),
          run.stderr());
      assertEquals("replicaof " + c.names.get(1) + " " + c.nodePort + "\n", c.replicaConf(0));
    }
  }

  @Test
  void emptyNode0DoesNotClaimMasterWhileAPeerHasData() throws IOException {
    try (LoopbackCluster c = new LoopbackCluster("homelab-k8s")) {
      startAsMaster(c, 1);
      // a lone master of must-survive data refuses writes (min-replicas-to-write 1): let this one seed the data
      assertEquals("OK", c.node(1, "CONFIG", "SET", "min-replicas-to-write", "0").trim());
      assertEquals("OK", c.node(1, "SET", "survivor", "1").trim());
      LoopbackCluster.Run run = c.init("redis", 0, Map.of());
      assertEquals(0, run.exit(), run.stderr());
      assertTrue(run.stderr().contains("master=" + c.names.get(1) + " reason=peer-has-data"), run.stderr());
      c.startRedis(0);
      c.awaitReplicaOf(0, 1);
      LoopbackCluster.await("the key on node 0", Duration.ofSeconds(10),
          () -> c.node(0, "GET", "survivor").trim().equals("1"));
    }
  }

  @Test
  void prestopHandsTheMasterRoleOverWithinTheDeadline() throws IOException {
    try (LoopbackCluster c = new LoopbackCluster("homelab-k8s")) {
      c.bootFresh();
      LoopbackCluster.await("sentinels to know both replicas", Duration.ofSeconds(30), () -> c.field(
          String.join("\n", c.sentinel(0, "SENTINEL", "master", c.spec.sentinel().masterName()).lines()
              .toList()), "").isEmpty() && c.sentinel(0, "SENTINEL", "replicas", c.spec.sentinel().masterName())
          .contains(c.names.get(2)) && c.sentinel(0, "SENTINEL", "replicas", c.spec.sentinel().masterName())
          .contains(c.names.get(1)));
      assertEquals("OK", c.node(0, "SET", "before-stop", "1").trim());
      Instant start = Instant.now();
      LoopbackCluster.Run run = c.prestop(0, 20);
      Duration took = Duration.between(start, Instant.now());
      assertEquals(0, run.exit(), run.stderr());
      assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "prestop took " + took);
      assertTrue(run.stderr().contains("handed over"), run.stderr());
      try {
        LoopbackCluster.await("the old master to be a replica", Duration.ofSeconds(20),
            () -> c.role(0).equals("slave"));
      } catch (AssertionError e) {
        System.out.println(run.stderr() + c.log("sentinel-0") + c.log("redis-0"));
        throw e;
      }
      int promoted = c.names.indexOf(c.sentinelMaster(0));
      assertTrue(promoted > 0, "sentinel names " + c.sentinelMaster(0));
      assertEquals("1", c.node(promoted, "GET", "before-stop").trim());
      System.out.println("prestop hand-over took " + took.toMillis() + " ms");
    }
  }

  private static void startAsMaster(LoopbackCluster c, int i) throws IOException {
    Files.writeString(c.state(i).resolve("redis.conf"),
        Files.readString(c.config(i).resolve("redis.conf")) + "replica-announce-ip " + c.names.get(i) + "\n");
    Files.writeString(c.state(i).resolve("replica.conf"), "");
    c.startRedis(i);
  }

  private static void startMasterWithReplica(LoopbackCluster c, int master, int replica) throws IOException {
    startAsMaster(c, master);
    Files.writeString(c.state(replica).resolve("redis.conf"),
        Files.readString(c.config(replica).resolve("redis.conf")) + "replica-announce-ip " + c.names.get(replica) + "\n");
    Files.writeString(c.state(replica).resolve("replica.conf"), "replicaof " + c.names.get(master) + " " + c.nodePort + "\n");
    c.startRedis(replica);
    c.awaitReplicaOf(replica, master);
  }

  private static String sha1(String text) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
