package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 6 acceptance: the veza bundles booted for real, each host in its own network namespace,
 * a client writing through HAProxy, and (a) kill -9 of the master, (b) a graceful stop of the master
 * through its ExecStop, (c) the killed node returning with a different address, rejoining as a
 * replica and taking over in a second failover.
 */
class LiveFailoverTest {
  private static final String REDIS = "rhc-veza-redis.service";
  private static final String SENTINEL = "rhc-veza-sentinel.service";
  private static final String HAPROXY = "rhc-veza-haproxy.service";
  private static final String CLIENT = "client.lxd";
  private static final String PROXY = "redis-3.lxd";
  private static final int PROXY_PORT = 6380;
  private static final String REDIS_PW = "live-redis-pw";
  private static final String SENTINEL_PW = "live-sentinel-pw";
  private static final List<String> NODES = List.of("redis-1.lxd", "redis-2.lxd", "redis-3.lxd");

  private NetnsLab lab;
  private LiveHosts hosts;
  private Writer writer;
  private final List<String> report = new ArrayList<>();

  @Test
  @Timeout(value = 220, unit = TimeUnit.SECONDS)
  void killGracefulStopAndReturnWithANewAddress() throws Exception {
    Programs.require("ip", "unshare", "setpriv", "redis-server", "redis-sentinel", "redis-cli", "haproxy");
    String why = NetnsLab.cannotCreateNamespaces();
    Programs.requireThat(why.isEmpty(), "this machine cannot create network namespaces: " + why);
    Spec spec = TestSpecs.veza().build();
    Thread hook = new Thread(this::cleanUp, "rhc-live-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      boot(spec);
      Duration downAfter = spec.sentinel().downAfter();
      String first = scenarioKill(downAfter);
      String second = scenarioGracefulStop();
      scenarioReturnWithNewAddress(first, second);
    } finally {
      report.forEach(System.out::println);
      cleanUp();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
  }

  private void boot(Spec spec) throws Exception {
    Path work = Files.createTempDirectory("rhc-live-");
    Files.createDirectories(work.resolve("logs"));
    lab = new NetnsLab("rhc" + ProcessHandle.current().pid() % 100000);
    ClusterPaths paths = ClusterPaths.of(spec);
    hosts = new LiveHosts(lab, work, List.of(Path.of(paths.configDir()).getParent().toString(),
        Path.of(paths.stateRoot()).getParent().toString(), paths.dataDir()));
    lab.start();
    for (int i = 0; i < NODES.size(); i++) {
      lab.addHost(NODES.get(i), "10.250.0." + (11 + i));
    }
    lab.addHost(CLIENT, "10.250.0.100");
    List<Artifact> files = Bundles.emit(spec);
    Bundles.write(files, work.resolve("bundle"));
    for (String host : NODES) {
      Path root = hosts.root(host);
      Files.createDirectories(root.resolve("etc/redis-ha/secrets"));
      Files.writeString(root.resolve("etc/redis-ha/secrets/redis-password"), REDIS_PW);
      Files.writeString(root.resolve("etc/redis-ha/secrets/sentinel-password"), SENTINEL_PW);
      Programs.Result install = Programs.run(Map.of(), work.resolve("bundle").resolve(host), "sh", "install.sh",
          "--root=" + root);
      assertEquals(0, install.exit(), install.all());
    }
    for (String host : NODES) {
      hosts.start(host, REDIS);
    }
    for (String host : NODES) {
      LiveHosts.await(Duration.ofSeconds(60), host + " answering PING", () -> {
        assertTrue(hosts.alive(host, REDIS), () -> hosts.logTail(host, REDIS));
        return hosts.cli(CLIENT, REDIS_PW, host, 6379, "PING").equals("PONG");
      });
    }
    LiveHosts.await(Duration.ofSeconds(30), "redis-1.lxd master of two replicas",
        () -> info("redis-1.lxd").getOrDefault("connected_slaves", "").equals("2"));
    for (String replica : NODES.subList(1, NODES.size())) {
      LiveHosts.await(Duration.ofSeconds(30), replica + " done with its initial sync",
          () -> "up".equals(info(replica).get("master_link_status")));
    }
    for (String host : NODES) {
      hosts.start(host, SENTINEL);
    }
    for (String host : NODES) {
      LiveHosts.await(Duration.ofSeconds(40), "sentinel on " + host + " seeing 2 sentinels and 2 replicas", () -> {
        assertTrue(hosts.alive(host, SENTINEL), () -> hosts.logTail(host, SENTINEL));
        Map<String, String> m = pairs(sentinel(host, "SENTINEL", "MASTER", "veza-master"));
        return "2".equals(m.get("num-other-sentinels")) && "2".equals(m.get("num-slaves"));
      });
    }
    for (String host : NODES) {
      hosts.start(host, HAPROXY);
    }
    LiveHosts.await(Duration.ofSeconds(20), "a write through HAProxy", () -> {
      assertTrue(hosts.alive(PROXY, HAPROXY), () -> hosts.logTail(PROXY, HAPROXY));
      return hosts.cli(CLIENT, REDIS_PW, PROXY, PROXY_PORT, "SET", "probe", "1").equals("OK");
    });
    writer = new Writer(hosts, CLIENT, PROXY, PROXY_PORT, REDIS_PW);
    LiveHosts.await(Duration.ofSeconds(10), "20 acknowledged writes", () -> writer.acks().size() >= 20);
  }

  /** (a) kill -9 of the master; returns the killed host. */
  private String scenarioKill(Duration downAfter) throws Exception {
    String master = agreedMaster();
    long t0 = System.nanoTime();
    hosts.kill(master, REDIS);
    LiveHosts.await(downAfter.plusSeconds(10), "a write acknowledged after the kill", () -> writer.ackedSince(t0) > 0);
    double recovered = writer.firstAckAfter(t0);
    String next = settle(master);
    int lost = lost(next);
    report.add(String.format(Locale.ROOT, "live (a) kill -9 of %s: writes served again by %s after %.2f s "
        + "(limit %d s), %d acknowledged writes lost of %d", master, next, recovered, downAfter.toSeconds() + 3,
        lost, writer.acks().size()));
    assertTrue(recovered <= downAfter.toSeconds() + 3, report.get(report.size() - 1));
    assertEquals(0, lost, report.get(report.size() - 1));
    return master;
  }

  /** (b) graceful stop of the master with its ExecStop; returns the stopped host. */
  private String scenarioGracefulStop() throws Exception {
    String master = agreedMaster();
    long start = System.nanoTime();
    hosts.stop(master, REDIS, Duration.ofSeconds(40));
    long end = System.nanoTime();
    LiveHosts.await(Duration.ofSeconds(10), "writes after the graceful stop", () -> writer.ackedSince(end) >= 5);
    double gap = writer.longestGap(start, end);
    String next = settle(master);
    int lost = lost(next);
    report.add(String.format(Locale.ROOT, "live (b) graceful stop of %s (ExecStop took %.2f s): longest write "
        + "gap %.2f s (limit 2 s), new master %s, %d acknowledged writes lost of %d", master,
        (end - start) / 1e9, gap, next, lost, writer.acks().size()));
    assertTrue(gap <= 2.0, report.get(report.size() - 1));
    assertEquals(0, lost, report.get(report.size() - 1));
    return master;
  }

  /** (c) the killed node returns with a new address, rejoins as a replica and takes over. */
  private void scenarioReturnWithNewAddress(String killed, String stopped) throws Exception {
    lab.setAddress(killed, "10.250.0.21");
    for (String host : NODES) {
      hosts.reload(host, HAPROXY);
    }
    hosts.start(killed, REDIS);
    LiveHosts.await(Duration.ofSeconds(60), killed + " replicating at its new address", () -> {
      assertTrue(hosts.alive(killed, REDIS), () -> hosts.logTail(killed, REDIS));
      Map<String, String> info = info(killed);
      return "slave".equals(info.get("role")) && "up".equals(info.get("master_link_status"));
    });
    LiveHosts.await(Duration.ofSeconds(40), "every sentinel seeing " + killed + " as a healthy replica",
        () -> NODES.stream().allMatch(s -> replicaFlags(s, killed).equals("slave")));
    String master = agreedMaster();
    long start = System.nanoTime();
    hosts.stop(master, REDIS, Duration.ofSeconds(40));
    long end = System.nanoTime();
    LiveHosts.await(Duration.ofSeconds(20), "sentinels naming " + killed, () -> killed.equals(agreedMaster()));
    LiveHosts.await(Duration.ofSeconds(10), "writes after the second failover", () -> writer.ackedSince(end) >= 5);
    double gap = writer.longestGap(start, end);
    int lost = lost(killed);
    report.add(String.format(Locale.ROOT, "live (c) %s back at 10.250.0.21 rejoined as a replica; graceful stop of "
        + "%s failed over onto it: longest write gap %.2f s, %d acknowledged writes lost of %d (%s still stopped)",
        killed, master, gap, lost, writer.acks().size(), stopped));
    assertEquals("master", info(killed).get("role"));
    assertEquals(0, lost, report.get(report.size() - 1));
  }

  /** Waits until every sentinel names the same master other than {@code old} and it has a replica. */
  private String settle(String old) throws InterruptedException {
    String[] next = new String[1];
    LiveHosts.await(Duration.ofSeconds(40), "sentinels agreeing on a master other than " + old, () -> {
      Set<String> named = new TreeSet<>();
      for (String s : NODES) {
        named.add(firstLine(sentinel(s, "SENTINEL", "get-master-addr-by-name", "veza-master")));
      }
      next[0] = named.size() == 1 ? named.iterator().next() : "";
      return !next[0].isEmpty() && !next[0].equals(old) && "master".equals(info(next[0]).get("role"));
    });
    return next[0];
  }

  private String agreedMaster() {
    Map<String, Integer> votes = new HashMap<>();
    for (String s : NODES) {
      votes.merge(firstLine(sentinel(s, "SENTINEL", "get-master-addr-by-name", "veza-master")), 1, Integer::sum);
    }
    return votes.entrySet().stream().filter(e -> e.getValue() >= 2 && !e.getKey().isEmpty())
        .map(Map.Entry::getKey).findFirst().orElse("");
  }

  private int lost(String master) {
    Set<String> acked = writer.ackedKeys();
    Set<String> present = new TreeSet<>(List.of(hosts.cli(CLIENT, REDIS_PW, master, 6379, "KEYS", "w*").split("\n")));
    acked.removeAll(present);
    return acked.size();
  }

  private Map<String, String> info(String host) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : hosts.cli(CLIENT, REDIS_PW, host, 6379, "INFO", "replication").split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.put(line.substring(0, colon), line.substring(colon + 1).strip());
      }
    }
    return fields;
  }

  private String sentinel(String host, String... args) {
    return hosts.cli(CLIENT, SENTINEL_PW, host, 26379, args);
  }

  /** The flags sentinel {@code s} keeps for replica {@code host}, "" when it does not know it. */
  private String replicaFlags(String s, String host) {
    String[] lines = sentinel(s, "SENTINEL", "REPLICAS", "veza-master").split("\n");
    String ip = "";
    for (int i = 0; i + 1 < lines.length; i += 2) {
      if (lines[i].equals("ip")) {
        ip = lines[i + 1];
      } else if (lines[i].equals("flags") && ip.equals(host)) {
        return lines[i + 1];
      }
    }
    return "";
  }

  private static Map<String, String> pairs(String flat) {
    Map<String, String> map = new LinkedHashMap<>();
    String[] lines = flat.split("\n");
    for (int i = 0; i + 1 < lines.length; i += 2) {
      map.put(lines[i], lines[i + 1]);
    }
    return map;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private synchronized void cleanUp() {
    if (writer != null) {
      writer.close();
      writer = null;
    }
    if (hosts != null) {
      hosts.close();
      hosts = null;
    }
    if (lab != null) {
      lab.close();
      lab = null;
    }
  }
}
