package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.rhc.emit.Artifact;
import io.rhc.model.RhcUsers;
import io.rhc.testkit.ExampleSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 17, ACL users: the users.acl every node writes at boot holds exactly the users the spec and rhc need, each
 * doing its job and refused one command outside its ACL; replication, sentinels and HAProxy's checks log in as
 * rhc's own users with the default user off; an application user's password rotates A → A+B → B with its clients
 * connected (rhc-init.sh acl-apply), none refused at any step.
 */
class AclLiveTest {
  private static final String INTERNAL = "internal-secret";
  private static final String SENTINEL = "sentinel-secret";
  private static final String A = "app-password-a";
  private static final String B = "app-password-b";
  private static final Map<String, String> SECRETS = Map.of("REDIS_PASSWORD", INTERNAL, "SENTINEL_PASSWORD",
      SENTINEL, "APP_A", A, "APP_B", B, "REPORTS", "reports-password");

  @BeforeAll
  static void programs() {
    Programs.require("redis-server", "redis-sentinel", "redis-cli", "haproxy");
  }

  private static ExampleSpec acl(int proxyPort, int statsPort, String appPasswords) {
    return LoopbackCluster.runnable("homelab-k8s").set("spec.monitoring.exporter.enabled", false)
        .set("spec.backup.enabled", false).set("spec.proxy.port", proxyPort).set("spec.proxy.statsPort", statsPort)
        .setYaml("spec.auth", "{ mode: acl, password: { env: REDIS_PASSWORD }, sentinelPassword: { env:"
            + " SENTINEL_PASSWORD }, protectedMode: true, users: [ { name: app, passwords: [" + appPasswords + "],"
            + " permissions: '~app:* +@read +@write' }, { name: reports, password: { env: REPORTS }, permissions:"
            + " '~report:* +@read' } ] }");
  }

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void everyUserDoesItsJobOnlyAndAPasswordRotatesWithClientsConnected() throws Exception {
    int proxyPort = LoopbackCluster.freePort();
    int statsPort = LoopbackCluster.freePort();
    try (LoopbackCluster c = new LoopbackCluster(acl(proxyPort, statsPort, "{ env: APP_A }"))) {
      c.sentinelPassword = SENTINEL;
      boot(c);
      String acl = Files.readString(c.state(0).resolve("users.acl"));
      assertTrue(acl.startsWith("user default off "), acl);
      for (String secret : SECRETS.values()) {
        assertFalse(acl.contains(secret), "the ACL file holds hashes, never a password: " + acl);
      }
      assertEquals(List.of("app", "default", "reports", "rhc-admin", "rhc-check", "rhc-replica", "rhc-sentinel"),
          c.cliUser(c.ips.get(0), c.nodePort, "rhc-admin", INTERNAL, "ACL", "USERS").lines().sorted().toList());

      assertTrue(c.cliAuth(c.ips.get(0), c.nodePort, INTERNAL, "PING").contains("WRONGPASS"),
          "the default user is off, even with the internal password");
      assertTrue(c.cli(c.ips.get(0), c.nodePort, "PING").contains("NOAUTH"), "no anonymous client");
      for (int i = 1; i < c.names.size(); i++) {
        String info = admin(c, i, "INFO", "replication");
        assertEquals("up", c.field(info, "master_link_status"), "replication as rhc-replica: " + info);
      }
      assertTrue(user(c, 0, "rhc-replica", INTERNAL, "GET", "app:x").contains("NOPERM"), "replica user reads no key");
      assertTrue(user(c, 0, "rhc-check", INTERNAL, "INFO", "replication").contains("role:master"));
      assertTrue(user(c, 0, "rhc-check", INTERNAL, "SET", "app:x", "1").contains("NOPERM"), "check user cannot SET");
      assertEquals("OK", user(c, 0, "rhc-admin", INTERNAL, "CONFIG", "SET", "maxmemory-clients", "0").strip());
      assertTrue(user(c, 0, "rhc-admin", INTERNAL, "FLUSHALL").contains("NOPERM"), "admin cannot FLUSHALL");
      assertTrue(user(c, 0, "rhc-admin", INTERNAL, "GET", "app:x").contains("NOPERM"), "admin reads no key");
      assertTrue(user(c, 0, "rhc-sentinel", INTERNAL, "SET", "app:x", "1").contains("NOPERM"));
      assertEquals("OK", user(c, 0, "app", A, "SET", "app:x", "1").strip());
      assertTrue(user(c, 0, "app", A, "GET", "other:x").contains("NOPERM"), "app is limited to ~app:*");
      assertTrue(user(c, 0, "app", A, "CONFIG", "GET", "maxmemory").contains("NOPERM"));
      assertTrue(user(c, 0, "reports", "reports-password", "SET", "report:1", "x").contains("NOPERM"),
          "a read-only user cannot write");
      for (int i = 0; i < c.names.size(); i++) {
        assertEquals(String.valueOf(c.names.size() - 1), c.sentinelField(i, "num-slaves"),
            "sentinel " + i + " logs in as rhc-sentinel and sees the replicas");
      }

      Path cfg = c.root.resolve("haproxy.cfg");
      Artifact haproxy = RuntimeFiles.haproxyConfig(c.spec, new Peers(c.names, c.names, List.of()),
          TlsFiles.onHost(c.spec.tls()).map(TlsFiles::ca));
      Files.writeString(cfg, haproxy.content(), StandardCharsets.UTF_8);
      c.startWithEnv("haproxy", List.of("haproxy", "-W", "-db", "-f", cfg.toString()), SECRETS);
      LoopbackCluster.await("HAProxy's rhc-check finding the master", Duration.ofSeconds(20),
          () -> c.cliUser("127.0.0.1", proxyPort, "app", A, "SET", "app:via-proxy", "v").strip().equals("OK"));

      RedisClient client = RedisClient.create();
      client.setOptions(ClientOptions.builder().autoReconnect(false).build());
      try (StatefulRedisConnection<String, String> withA = client.connect(RedisURI.builder().withHost("127.0.0.1")
          .withPort(proxyPort).withAuthentication("app", A).build())) {
        assertEquals("OK", withA.sync().set("app:rotation", "0"));
        rotate(c, proxyPort, "{ env: APP_A }, { env: APP_B }", statsPort);
        assertEquals("OK", withA.sync().set("app:rotation", "1"), "the client on A stays connected");
        assertEquals("OK", c.cliUser("127.0.0.1", proxyPort, "app", A, "SET", "app:new-a", "x").strip());
        assertEquals("OK", c.cliUser("127.0.0.1", proxyPort, "app", B, "SET", "app:new-b", "x").strip());
        try (StatefulRedisConnection<String, String> withB = client.connect(RedisURI.builder()
            .withHost("127.0.0.1").withPort(proxyPort).withAuthentication("app", B).build())) {
          rotate(c, proxyPort, "{ env: APP_B }", statsPort);
          assertEquals("OK", withA.sync().set("app:rotation", "2"), "a client logged in with A is not dropped");
          assertEquals("OK", withB.sync().set("app:rotation", "3"));
        }
        assertTrue(c.cliUser("127.0.0.1", proxyPort, "app", A, "SET", "app:late-a", "x").contains("WRONGPASS"),
            "A is refused once the spec dropped it");
        assertEquals("OK", c.cliUser("127.0.0.1", proxyPort, "app", B, "SET", "app:late-b", "x").strip());
      } finally {
        client.shutdown();
      }
      for (int i = 0; i < c.names.size(); i++) {
        assertEquals(acl.lines().count(), Files.readString(c.state(i).resolve("users.acl")).lines().count());
      }

      c.stop("redis-0");
      LoopbackCluster.await("a failover by sentinels logged in as rhc-sentinel", Duration.ofSeconds(60), () -> {
        String named = c.sentinelMaster(1);
        return !named.isEmpty() && !named.equals(c.names.get(0)) && named.equals(c.sentinelMaster(2));
      });
      LoopbackCluster.await("HAProxy routing to the promoted node", Duration.ofSeconds(20),
          () -> c.cliUser("127.0.0.1", proxyPort, "app", B, "SET", "app:after", "v").strip().equals("OK"));
    }
  }

  private static void boot(LoopbackCluster c) throws Exception {
    for (int i = 0; i < c.names.size(); i++) {
      LoopbackCluster.Run run = c.init("redis", i, SECRETS);
      assertEquals(0, run.exit(), run.stderr());
      c.start("redis-" + i, List.of("redis-server", c.state(i).resolve("redis.conf").toString(), "--bind",
          c.ips.get(i)));
      int node = i;
      LoopbackCluster.await("node " + i + " answering rhc-admin", Duration.ofSeconds(15),
          () -> admin(c, node, "PING").strip().equals("PONG"));
    }
    for (int i = 1; i < c.names.size(); i++) {
      int node = i;
      LoopbackCluster.await("node " + i + " replicating as rhc-replica", Duration.ofSeconds(20),
          () -> c.field(admin(c, node, "INFO", "replication"), "master_link_status").equals("up"));
    }
    for (int i = 0; i < c.names.size(); i++) {
      LoopbackCluster.Run run = c.init("sentinel", i, SECRETS);
      assertEquals(0, run.exit(), run.stderr());
      c.start("sentinel-" + i, List.of("redis-sentinel", c.state(i).resolve("sentinel.conf").toString(), "--bind",
          c.ips.get(i)));
    }
    for (int i = 0; i < c.names.size(); i++) {
      int s = i;
      LoopbackCluster.await("sentinel " + i + " seeing every replica", Duration.ofSeconds(30),
          () -> c.sentinelField(s, "num-slaves").equals(String.valueOf(c.names.size() - 1)));
    }
  }

  /** The new spec's files on every node and its users applied live, as the rollout's ACL step does. */
  private static void rotate(LoopbackCluster c, int proxyPort, String appPasswords, int statsPort) throws Exception {
    c.writeConfig(acl(proxyPort, statsPort, appPasswords));
    for (int i = 0; i < c.names.size(); i++) {
      LoopbackCluster.Run run = c.init("acl-apply", i, SECRETS);
      assertEquals(0, run.exit(), run.stderr());
    }
  }

  private static String admin(LoopbackCluster c, int i, String... args) {
    return user(c, i, RhcUsers.ADMIN.name(), INTERNAL, args);
  }

  private static String user(LoopbackCluster c, int i, String user, String password, String... args) {
    return c.cliUser(c.ips.get(i), c.nodePort, user, password, args);
  }
}
