package io.rhc.drill;

import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the running cluster, once a change's script finished, is the new spec's: healthy; every redis.conf
 * directive the change altered live with its new value ({@code CONFIG GET}, memory units normalised, save
 * points joined); passwords required where the spec sets them; every sentinel with the spec's master settings,
 * peers and replicas and no phantom entries; removed processes gone; every proxy listing exactly the new
 * nodes and sentinels; and, for a rolling change, every process restarted once with the old master last.
 */
final class RolloutChecks {
  private static final Pattern MEMORY = Pattern.compile("(\\d+)(k|kb|m|mb|g|gb)", Pattern.CASE_INSENSITIVE);
  private static final Pattern NODE_BACKEND = Pattern.compile("proxy=\"redis_node_(\\d+)\"");
  private static final Pattern AGREE_SERVER = Pattern.compile("proxy=\"redis_agree_node_(\\d+)\",server=\"([^\"]+)\"");

  private final Cluster cluster;
  private final Layout before;
  private final Layout after;
  private final List<Artifact> beforeFiles;
  private final List<Artifact> afterFiles;
  private final String oldMaster;
  private final List<RolloutHosts.Call> calls;
  private final String script;

  RolloutChecks(Cluster cluster, Layout before, Layout after, List<Artifact> beforeFiles, List<Artifact> afterFiles,
      String oldMaster, List<RolloutHosts.Call> calls, String script) {
    this.cluster = cluster;
    this.before = before;
    this.after = after;
    this.beforeFiles = beforeFiles;
    this.afterFiles = afterFiles;
    this.oldMaster = oldMaster;
    this.calls = calls;
    this.script = script;
  }

  List<String> mismatches() throws InterruptedException {
    List<String> found = new ArrayList<>();
    String[] why = {""};
    if (!Await.within(Duration.ofSeconds(60), () -> (why[0] = cluster.unhealthy()).isEmpty())) {
      found.add("not healthy 60 s after the script finished: " + why[0]);
    }
    config(found);
    auth(found);
    sentinels(found);
    removed(found);
    proxies(found);
    restarts(found);
    return found;
  }

  private void config(List<String> found) {
    Spec spec = after.spec();
    for (String node : after.nodes()) {
      Map<String, String> now = directives(afterFiles, node);
      Map<String, String> was = directives(beforeFiles, before.nodes().contains(node) ? node : before.nodes().get(0));
      for (Map.Entry<String, String> d : now.entrySet()) {
        if (d.getKey().equals("include") || d.getValue().equals(was.get(d.getKey()))) {
          continue;
        }
        String[] reply = cluster.nodeCli(node, "CONFIG", "GET", d.getKey()).split("\n", 2);
        String live = reply.length == 2 ? reply[1].strip() : "(unreadable)";
        if (!normalised(live).equals(normalised(d.getValue()))) {
          found.add(node + ": " + d.getKey() + " is " + live + ", the new " + spec.name() + " redis.conf says "
              + d.getValue());
        }
      }
    }
  }

  private void auth(List<String> found) {
    Spec spec = after.spec();
    for (String node : after.nodes()) {
      if (spec.auth().acl()) {
        aclUsers(node, found);
      } else if (spec.auth().enabled()) {
        for (String key : List.of("requirepass", "masterauth")) {
          String[] reply = cluster.nodeCli(node, "CONFIG", "GET", key).split("\n", 2);
          if (reply.length != 2 || !reply[1].strip().equals(Cluster.REDIS_PASSWORD)) {
            found.add(node + ": " + key + " is not the spec's password");
          }
        }
      }
      if (spec.auth().enabled()
          && !cluster.processes().cli(node, "", "", node, spec.nodes().port(), "PING").contains("NOAUTH")) {
        found.add(node + ": a client without the password is not refused");
      }
    }
    if (spec.auth().sentinelPassword().isPresent()) {
      for (String s : after.sentinels()) {
        if (!cluster.processes().cli(s, "", "", s, spec.sentinel().port(), "PING").contains("NOAUTH")) {
          found.add("sentinel " + s + ": a client without the sentinel password is not refused");
        }
      }
    }
  }

  /**
   * Mode acl: ACL LIST holds exactly the new spec's users (rhc's, the applications', the drill's), each application
   * user with as many password hashes as the spec lists, and the default user off unless the spec keeps it.
   */
  private void aclUsers(String node, List<String> found) {
    Map<String, String> live = new LinkedHashMap<>();
    for (String line : cluster.nodeCli(node, "ACL", "LIST").split("\n")) {
      String[] words = line.strip().split(" ", 3);
      if (words.length == 3 && words[0].equals("user")) {
        live.put(words[1], words[2]);
      }
    }
    java.util.Set<String> expected = new java.util.TreeSet<>(List.of("default"));
    io.rhc.model.RhcUsers.ALL.forEach(u -> expected.add(u.name()));
    Spec spec = after.spec();
    spec.auth().users().forEach(u -> expected.add(u.name()));
    if (!expected.equals(new java.util.TreeSet<>(live.keySet()))) {
      found.add(node + ": ACL users are " + new java.util.TreeSet<>(live.keySet()) + ", the new spec has " + expected);
      return;
    }
    for (io.rhc.model.AclUser u : spec.auth().users()) {
      long hashes = java.util.Arrays.stream(live.get(u.name()).split(" ")).filter(w -> w.startsWith("#")).count();
      if (hashes != u.passwords().size()) {
        found.add(node + ": user " + u.name() + " accepts " + hashes + " passwords, the new spec lists "
            + u.passwords().size());
      }
    }
    boolean defaultOn = (" " + live.get("default") + " ").contains(" on ");
    if (defaultOn != spec.auth().defaultUser()) {
      found.add(node + ": the default user is " + (defaultOn ? "on" : "off") + ", the new spec says "
          + (spec.auth().defaultUser() ? "on" : "off"));
    }
  }

  private void sentinels(List<String> found) {
    Spec spec = after.spec();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("quorum", Integer.toString(spec.sentinel().quorum()));
    expected.put("down-after-milliseconds", Long.toString(spec.sentinel().downAfter().toMillis()));
    expected.put("failover-timeout", Long.toString(spec.sentinel().failoverTimeout().toMillis()));
    expected.put("parallel-syncs", Integer.toString(spec.sentinel().parallelSyncs()));
    expected.put("num-other-sentinels", Integer.toString(after.sentinels().size() - 1));
    expected.put("num-slaves", Integer.toString(after.nodes().size() - 1));
    for (String s : after.sentinels()) {
      Map<String, String> master = Cluster.pairs(cluster.sentinelCli(s, "SENTINEL", "MASTER",
          spec.sentinel().masterName()));
      expected.forEach((field, value) -> {
        if (!value.equals(master.get(field))) {
          found.add("sentinel " + s + ": " + field + " is " + master.get(field) + ", the spec gives " + value);
        }
      });
      List<String> phantoms = cluster.phantomReplicas(s);
      if (!phantoms.isEmpty()) {
        found.add("sentinel " + s + " lists phantom replicas: " + String.join(", ", phantoms));
      }
    }
  }

  private void removed(List<String> found) {
    for (String host : before.sentinels()) {
      if (!after.sentinels().contains(host) && cluster.alive(host, "sentinel")) {
        found.add("sentinel " + host + " still runs; the new spec has none there");
      }
    }
    for (String host : before.nodes()) {
      if (!after.nodes().contains(host) && cluster.alive(host, "redis")) {
        found.add("data node " + host + " still runs; the new spec has none there");
      }
    }
  }

  private void proxies(List<String> found) {
    Set<String> nodes = new TreeSet<>();
    for (int i = 0; i < after.nodes().size(); i++) {
      nodes.add(Integer.toString(i));
    }
    for (String p : after.proxies()) {
      String metrics = cluster.processes().exec(p, "curl", "-s", "-m", "2", "http://127.0.0.1:"
          + after.spec().proxy().statsPort() + "/metrics");
      Set<String> listed = new TreeSet<>();
      Map<String, Set<String>> voters = new LinkedHashMap<>();
      for (String line : metrics.split("\n")) {
        if (line.startsWith("haproxy_server_status{")) {
          Matcher node = NODE_BACKEND.matcher(line);
          if (node.find()) {
            listed.add(node.group(1));
          }
          Matcher agree = AGREE_SERVER.matcher(line);
          if (agree.find()) {
            voters.computeIfAbsent(agree.group(1), k -> new TreeSet<>()).add(agree.group(2));
          }
        }
      }
      if (!listed.equals(nodes)) {
        found.add("proxy " + p + " routes to nodes " + listed + ", the spec has " + nodes);
      }
      voters.forEach((node, servers) -> {
        if (servers.size() != after.sentinels().size()) {
          found.add("proxy " + p + " counts " + servers.size() + " sentinels for node " + node + ", the spec has "
              + after.sentinels().size());
        }
      });
    }
  }

  /** A rolling step restarts each data node (and sentinel) once, the master of the change's start last. */
  private void restarts(List<String> found) {
    String redis = "rhc-" + after.spec().name() + "-redis.service";
    String sentinel = "rhc-" + after.spec().name() + "-sentinel.service";
    if (script.contains("restart_node \"$i\"")) {
      List<String> order = calls.stream().filter(c -> c.verb().equals("restart") && c.unit().equals(redis))
          .map(RolloutHosts.Call::host).toList();
      if (!new TreeSet<>(order).equals(new TreeSet<>(after.nodes())) || order.size() != after.nodes().size()) {
        found.add("data nodes restarted in the order " + order + ", not each of " + after.nodes() + " once");
      } else if (!order.get(order.size() - 1).equals(oldMaster)) {
        found.add("the master " + oldMaster + " was not restarted last: " + order);
      }
    }
    if (script.contains("restart_sentinel ")) {
      List<String> order = calls.stream().filter(c -> c.verb().equals("restart") && c.unit().equals(sentinel))
          .map(RolloutHosts.Call::host).toList();
      if (order.size() != after.sentinels().size() || !new TreeSet<>(order).equals(new TreeSet<>(after.sentinels()))) {
        found.add("sentinels restarted " + order + ", not each of " + after.sentinels() + " once");
      }
    }
  }

  /** A node's redis.conf directives, save points joined. */
  private static Map<String, String> directives(List<Artifact> files, String host) {
    Optional<Artifact> conf = files.stream().filter(a -> a.path().startsWith(host + "/")
        && a.path().endsWith("/redis/redis.conf")).findFirst();
    Map<String, String> found = new LinkedHashMap<>();
    for (String line : conf.map(Artifact::content).orElse("").split("\n")) {
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      int space = text.indexOf(' ');
      String key = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
      String value = space < 0 ? "" : text.substring(space + 1).strip().replace("\"", "");
      found.merge(key, value, (a, b) -> key.equals("save") ? a + " " + b : b);
    }
    return found;
  }

  /** Memory amounts in bytes, as CONFIG GET prints them. */
  static String normalised(String value) {
    Matcher m = MEMORY.matcher(value.strip());
    if (!m.matches()) {
      return value.strip();
    }
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    long base = unit.endsWith("b") ? 1024 : 1000;
    int power = switch (unit.charAt(0)) {
      case 'k' -> 1;
      case 'm' -> 2;
      default -> 3;
    };
    long bytes = Long.parseLong(m.group(1));
    for (int i = 0; i < power; i++) {
      bytes *= base;
    }
    return Long.toString(bytes);
  }
}
