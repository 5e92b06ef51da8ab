package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Boots the odoo example's compose services as real processes, exactly as compose.yaml says
 * (entrypoint, environment, volumes), one network namespace per service with the service name as
 * host name, then kills the master with SIGKILL and expects a new master to take writes through
 * HAProxy within down-after + 5 s.
 */
class ComposeBootTest {
  private static final String PASSWORD = "boot-test-password";
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)(:\\?[^}]*)?}");

  @Test
  @Timeout(150)
  void a_killed_master_is_replaced_and_writes_go_through_haproxy() throws Exception {
    Programs.require("ip", "unshare", "mount", "redis-server", "redis-sentinel", "redis-cli", "haproxy");
    Programs.requireThat("root".equals(System.getProperty("user.name")), "network namespaces need root");
    Spec spec = ExampleSpec.spec("odoo-compose");
    Path work = Files.createTempDirectory("rhc-compose-boot-");
    try (NetnsLab lab = new NetnsLab()) {
      Path project = Emitted.of(spec).writeTo(work.resolve("project"));
      Map<String, Map<String, Object>> services = services(project.resolve("compose.yaml"));
      String client = spec.compose().servicePrefix() + "-client";
      for (String name : services.keySet()) {
        lab.addHost(name);
      }
      lab.addHost(client);
      lab.publishHosts(client, work.resolve("dns.log"));
      Map<String, Process> running = new LinkedHashMap<>();
      for (var e : services.entrySet()) {
        running.put(e.getKey(), start(lab, work, project, e.getKey(), e.getValue()));
      }
      String proxy = new ComposeLayout(spec).proxies().get(0);
      String sentinel = spec.compose().servicePrefix() + "-sentinel-0";
      String masterName = spec.sentinel().masterName();
      Cli cli = new Cli(lab, client);

      await(Duration.ofSeconds(60), "a write through HAProxy after boot", work,
          () -> "OK".equals(cli.redis(proxy, 6379, "SET", "boot", "1")));
      await(Duration.ofSeconds(60), "sentinels that know 2 replicas and 2 peers", work, () -> {
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
      await(Duration.ofSeconds(60), "the boot write on every data node", work, () -> {
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
      await(deadline, "a write through HAProxy after the master was killed", work,
          () -> "OK".equals(cli.redis(proxy, 6379, "SET", "after-failover", "2")));
      Duration took = Duration.ofNanos(System.nanoTime() - killedAt);
      System.out.printf("compose boot test: writes through HAProxy resumed %d ms after SIGKILL of %s%n",
          took.toMillis(), oldMaster);

      // HAProxy follows a majority of the sentinels; the one asked here may learn of the switch a moment later
      String[] named = {oldMaster};
      await(Duration.ofSeconds(10), "sentinel-0 naming the promoted node", work, () -> {
        named[0] = cli.sentinel(sentinel, "SENTINEL", "get-master-addr-by-name", masterName).lines().findFirst()
            .orElse("");
        return !named[0].equals(oldMaster) && running.containsKey(named[0]);
      });
      String newMaster = named[0];
      assertEquals("1", cli.redis(proxy, 6379, "GET", "boot"), "the write acknowledged before the kill survived");
      assertEquals("2", cli.redis(proxy, 6379, "GET", "after-failover"));
      assertTrue(cli.redis(proxy, 6379, "INFO", "replication").contains("role:master"));

      // The restart policy brings the killed node back: its entrypoint asks the sentinels first.
      running.put(oldMaster, start(lab, work, project, oldMaster, services.get(oldMaster)));
      await(Duration.ofSeconds(30), "the restarted old master as a replica of " + newMaster, work,
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
      await(Duration.ofSeconds(10), "a write through HAProxy after the graceful stop", work,
          () -> "OK".equals(cli.redis(proxy, 6379, "SET", "after-stop", "3")));
      assertEquals("2", cli.redis(proxy, 6379, "GET", "after-failover"));
    } finally {
      NetnsLab.deleteTree(work);
    }
  }

  /** compose.yaml's services that {@code up} starts (no profile), in file order. */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> services(Path composeFile) throws IOException {
    try (InputStream in = Files.newInputStream(composeFile)) {
      Map<String, Object> doc = (Map<String, Object>) new org.yaml.snakeyaml.Yaml().load(in);
      Map<String, Map<String, Object>> all = (Map<String, Map<String, Object>>) doc.get("services");
      Map<String, Map<String, Object>> up = new LinkedHashMap<>();
      all.forEach((name, s) -> {
        if (!s.containsKey("profiles")) {
          up.put(name, s);
        }
      });
      return up;
    }
  }

  @SuppressWarnings("unchecked")
  private static Process start(NetnsLab lab, Path work, Path project, String name, Map<String, Object> service)
      throws IOException {
    List<NetnsLab.BindMount> mounts = new ArrayList<>();
    for (Object v : (List<Object>) service.getOrDefault("volumes", List.of())) {
      String[] parts = v.toString().split(":");
      Path source = parts[0].startsWith("./")
          ? project.resolve(parts[0].substring(2))
          : Files.createDirectories(work.resolve("volumes").resolve(parts[0]));
      lab.mountPoint(parts[1]);
      mounts.add(new NetnsLab.BindMount(source, parts[1], parts.length > 2 && parts[2].equals("ro")));
    }
    List<String> command = new ArrayList<>();
    ((List<Object>) service.getOrDefault("entrypoint", List.of())).forEach(a -> command.add(a.toString()));
    ((List<Object>) service.getOrDefault("command", List.of())).forEach(a -> command.add(a.toString()));
    Map<String, String> env = new LinkedHashMap<>();
    ((Map<String, Object>) service.getOrDefault("environment", Map.of()))
        .forEach((k, v) -> env.put(k, interpolate(v.toString())));
    return lab.start(name, mounts, command, env, work.resolve(name + ".log"));
  }

  /** The project's .env for this test: every required variable gets the test password. */
  private static String interpolate(String value) {
    Matcher m = VARIABLE.matcher(value);
    return m.replaceAll(PASSWORD);
  }

  private static void await(Duration timeout, String what, Path work, Supplier<Boolean> condition) throws IOException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (condition.get()) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    StringBuilder logs = new StringBuilder();
    try (var files = Files.list(work)) {
      for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        logs.append("--- ").append(log.getFileName()).append('\n')
            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()))).append('\n');
      }
    }
    fail("no " + what + " within " + timeout.toMillis() + " ms\n" + logs);
  }

  /** redis-cli from the client host, with the test password. */
  private record Cli(NetnsLab lab, String host) {
    String redis(String server, int port, String... args) {
      List<String> argv = new ArrayList<>(List.of("env", "REDISCLI_AUTH=" + PASSWORD, "redis-cli", "-h", server,
          "-p", Integer.toString(port)));
      argv.addAll(List.of(args));
      try {
        return lab.exec(host, 5, argv.toArray(String[]::new)).output().replace("\r", "").strip();
      } catch (IOException e) {
        return "";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "";
      }
    }

    String sentinel(String server, String... args) {
      List<String> argv = new ArrayList<>(List.of("redis-cli", "-h", server, "-p", "26379"));
      argv.addAll(List.of(args));
      try {
        return lab.exec(host, 5, argv.toArray(String[]::new)).output().replace("\r", "").strip();
      } catch (IOException e) {
        return "";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "";
      }
    }
  }
}
