package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.Spec;
import io.rhc.rollout.AdoptPlanner;
import io.rhc.rollout.AdoptSource;
import io.rhc.rollout.ClusterCommands;
import io.rhc.rollout.RolloutPlan;
import io.rhc.rollout.RolloutScript;
import io.rhc.testkit.ExampleSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rhc rollout --adopt}: the systemd-layout script, run against live processes with an {@code ssh} that
 * reaches each host's address, moves a standalone Redis with data in three databases into a three-node cluster
 * while a client keeps writing to it: every acknowledged write and every preloaded key arrives (count and
 * checksum per database), writes stop for one bounded switch, and the sentinels end up watching node 0 alone.
 */
class AdoptLiveTest {
  private static final List<Integer> DATABASES = List.of(0, 3, 9);
  private static final int SWITCH_MS = 5000;

  @BeforeAll
  static void programs() {
    Programs.require("redis-server", "redis-sentinel", "redis-cli");
    Programs.requireNamespaces();
  }

  @Test
  void aStandaloneServerMovesInWithNothingLostAndOneBoundedSwitch(@TempDir Path dir) throws Exception {
    ExampleSpec runnable = LoopbackCluster.runnable("homelab-k8s").setYaml("spec.systemd.hosts", """
        [{name: node-0.redis-v2.test, roles: [redis, sentinel, proxy], node: 0},
         {name: node-1.redis-v2.test, roles: [redis, sentinel, proxy], node: 1},
         {name: node-2.redis-v2.test, roles: [redis, sentinel, proxy], node: 2}]""");
    try (LoopbackCluster c = new LoopbackCluster(runnable)) {
      c.bootFresh();
      int oldPort = LoopbackCluster.freePort();
      String oldIp = c.startStandalone("old", oldPort);
      preload(oldIp, oldPort);
      Map<Integer, String> before = new LinkedHashMap<>();
      for (int db : DATABASES) {
        before.put(db, checksum(oldIp, oldPort, db));
      }
      Path script = script(c, dir, oldIp, oldPort);
      try (Writer writer = new Writer(oldIp, oldPort)) {
        writer.start();
        c.await("some writes acknowledged", Duration.ofSeconds(10), () -> writer.acked.size() > 20);
        Run run = run(c, dir, script);
        assertEquals(3, run.exit, "stops at the operator's client switch\n" + run.out);
        writer.awaitRefused();
        long switchStart = writer.lastAck;
        // the clients move: the first write through node 0 ends the switch
        long firstNewAck = firstWrite(c.ips.get(0), c.nodePort);
        long switchMs = (firstNewAck - switchStart) / 1_000_000;
        assertTrue(switchMs < SWITCH_MS + 15_000, "writes stopped for " + switchMs + " ms");
        List<Long> acked = List.copyOf(writer.acked);
        List<String> values = gets(c.ips.get(0), c.nodePort, acked.stream().map(n -> "w:" + n).toList());
        for (int i = 0; i < acked.size(); i++) {
          assertEquals(Long.toString(acked.get(i)), values.get(i), "acknowledged write w:" + acked.get(i) + " lost");
        }
        System.out.printf("adopt: %d acknowledged writes, all on node 0; writes stopped for %d ms%n",
            writer.acked.size(), switchMs);
      }
      for (int db : DATABASES) {
        assertEquals(before.get(db), checksum(c.ips.get(0), c.nodePort, db), "db" + db + " differs on node 0");
      }
      c.stop("old");
      Files.writeString(dir.resolve("state"), "done 5\n", java.nio.file.StandardOpenOption.APPEND);
      Run rest = run(c, dir, script);
      assertEquals(0, rest.exit, rest.out);
      for (int i = 0; i < 3; i++) {
        assertTrue(c.sentinel(i, "SENTINEL", "get-master-addr-by-name", c.spec.sentinel().masterName())
            .startsWith(c.names.get(0)), "sentinel " + i);
        String master = c.sentinel(i, "SENTINEL", "MASTER", c.spec.sentinel().masterName());
        assertEquals("2", after(master, "num-slaves"), "sentinel " + i + " lists only the two replicas");
        assertEquals("2", after(master, "num-other-sentinels"), "sentinel " + i);
      }
    }
  }

  private static Path script(LoopbackCluster c, Path dir, String oldIp, int oldPort) throws IOException {
    Spec spec = c.spec;
    AdoptSource source = new AdoptSource(oldIp, oldPort, List.of(), Optional.empty());
    RolloutPlan plan = new AdoptPlanner().plan(source, spec, ClusterCommands.SYSTEMD);
    Path script = dir.resolve("adopt.sh");
    Files.writeString(script, RolloutScript.renderAdopt(plan, source, spec, ClusterCommands.SYSTEMD));
    // ssh HOST COMMAND runs COMMAND here, with a redis-cli that connects to the host's address
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path remote = Files.createDirectories(dir.resolve("remote"));
    StringBuilder ssh = new StringBuilder("#!/bin/sh\nhost=$1; shift\ncase $host in\n");
    for (int i = 0; i < c.names.size(); i++) {
      ssh.append("  ").append(c.names.get(i)).append(") ip=").append(c.ips.get(i)).append(" ;;\n");
    }
    ssh.append("  *) echo \"ssh: unknown host $host\" >&2; exit 255 ;;\nesac\n")
        .append("RHC_SHIM_IP=$ip PATH=").append(remote).append(":$PATH exec sh -c \"$*\"\n");
    executable(bin.resolve("ssh"), ssh.toString());
    executable(remote.resolve("redis-cli"), "#!/bin/sh\nexec /usr/bin/redis-cli -h \"$RHC_SHIM_IP\" \"$@\"\n");
    return script;
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Run(int exit, String out) {}

  private static Run run(LoopbackCluster c, Path dir, Path script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sh", script.toString()).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    pb.environment().put("RHC_OUT", dir.toString());
    pb.environment().put("RHC_ROLLOUT_STATE", dir.resolve("state").toString());
    pb.environment().put("RHC_SWITCH_MS", Integer.toString(SWITCH_MS));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "script hung\n" + out);
    return new Run(p.exitValue(), out);
  }

  /** Strings, hashes, lists, sets, sorted sets and keys with a TTL in each database. */
  private static void preload(String ip, int port) throws Exception {
    for (int db : DATABASES) {
      StringBuilder commands = new StringBuilder();
      for (int i = 0; i < 100; i++) {
        commands.append("SET s:").append(i).append(" v").append(db * 1000 + i).append('\n')
            .append("HSET h:").append(i).append(" f ").append(i).append(" g x\n")
            .append("RPUSH l:").append(i).append(" a b ").append(i).append('\n')
            .append("SADD set:").append(i).append(" a ").append(i).append('\n')
            .append("ZADD z:").append(i).append(' ').append(i).append(" m\n")
            .append("SET t:").append(i).append(" v EX 3600\n");
      }
      Process p = new ProcessBuilder("redis-cli", "-h", ip, "-p", Integer.toString(port), "-n", Integer.toString(db))
          .redirectErrorStream(true).start();
      p.getOutputStream().write(commands.toString().getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }
  }

  /**
   * Every key (but the writer's) with its type, value and whether it has a TTL, in key order, members of sets and
   * hashes sorted: DUMP is no fit, since a set's or hash's DUMP follows its table order, which a copy loaded
   * from an RDB need not share.
   */
  private static final String CONTENT = """
      local keys = redis.call('KEYS', '*')
      table.sort(keys)
      local out = {}
      for _, k in ipairs(keys) do
        if k:sub(1, 2) ~= 'w:' then
          local t = redis.call('TYPE', k)['ok']
          local v
          if t == 'string' then v = {redis.call('GET', k)}
          elseif t == 'list' then v = redis.call('LRANGE', k, 0, -1)
          elseif t == 'set' then v = redis.call('SMEMBERS', k); table.sort(v)
          elseif t == 'zset' then v = redis.call('ZRANGE', k, 0, -1, 'WITHSCORES')
          elseif t == 'hash' then
            local h = redis.call('HGETALL', k)
            v = {}
            for i = 1, #h, 2 do v[#v + 1] = h[i] .. '=' .. h[i + 1] end
            table.sort(v)
          else v = {'?'} end
          out[#out + 1] = k .. ' ' .. t .. ' ' .. tostring(redis.call('TTL', k) > 0) .. ' ' .. table.concat(v, ',')
        end
      end
      return #out .. ' keys, ' .. redis.sha1hex(table.concat(out, '\\n'))""";

  private static String checksum(String ip, int port, int db) throws Exception {
    String content = cli(ip, port, db, "EVAL", CONTENT, "0").trim();
    assertTrue(content.matches("600 keys, [0-9a-f]{40}"), "db" + db + ": " + content);
    return content;
  }

  /** The values of {@code keys} in database 0, read in one pipelined redis-cli session. */
  private static List<String> gets(String ip, int port, List<String> keys) throws Exception {
    StringBuilder commands = new StringBuilder();
    keys.forEach(k -> commands.append("GET ").append(k).append('\n'));
    // from a file: written through a pipe, the replies would fill theirs before the commands are all sent
    Path input = Files.createTempFile("rhc-adopt-gets", ".txt");
    Files.writeString(input, commands);
    Process p = new ProcessBuilder("redis-cli", "-h", ip, "-p", Integer.toString(port)).redirectInput(input.toFile())
        .start();
    List<String> values = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    Files.delete(input);
    assertEquals(keys.size(), values.size(), "one reply per GET");
    return values;
  }

  private static String cli(String ip, int port, int db, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("redis-cli", "-h", ip, "-p", Integer.toString(port), "-n",
        Integer.toString(db)));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return out;
  }

  private static String after(String fields, String name) {
    List<String> lines = fields.lines().toList();
    int i = lines.indexOf(name);
    return i >= 0 && i + 1 < lines.size() ? lines.get(i + 1) : "";
  }

  /** The time of the first write node 0 acknowledges, polled with a deadline. */
  private static long firstWrite(String ip, int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (cli(ip, port, 0, "SET", "w:after-switch", "1").trim().equals("OK")) {
        return System.nanoTime();
      }
    }
    throw new AssertionError("node 0 took no write within 30 s of the switch");
  }

  /** One client writing w:N = N to the old server, one write at a time, until the server refuses one. */
  private static final class Writer extends Thread implements AutoCloseable {
    final List<Long> acked = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile long lastAck;
    volatile boolean refused;
    private final Process cli;

    Writer(String ip, int port) throws IOException {
      cli = new ProcessBuilder("redis-cli", "-h", ip, "-p", Integer.toString(port)).redirectErrorStream(true).start();
      setDaemon(true);
    }

    @Override
    public void run() {
      try (PrintWriter in = new PrintWriter(cli.getOutputStream(), true, StandardCharsets.UTF_8);
           BufferedReader out = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
        for (long n = 0; !refused; n++) {
          in.println("SET w:" + n + " " + n);
          String reply = out.readLine();
          if ("OK".equals(reply)) {
            acked.add(n);
            lastAck = System.nanoTime();
          } else {
            refused = true;
          }
        }
      } catch (IOException e) {
        refused = true;
      }
    }

    void awaitRefused() throws InterruptedException {
      join(Duration.ofSeconds(30).toMillis());
      assertTrue(refused, "the old server still takes writes after the switch");
    }

    @Override
    public void close() {
      cli.destroyForcibly();
    }
  }
}
