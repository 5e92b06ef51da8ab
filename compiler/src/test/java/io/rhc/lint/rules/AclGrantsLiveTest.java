package io.rhc.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint rules' reading of ACL permissions agrees with Redis: for each rule string and each command the rules
 * ask about, {@link AclGrants} says allowed exactly when the real server's ACL DRYRUN says OK.
 */
class AclGrantsLiveTest {
  private static final List<String> PERMISSIONS = List.of("~app:* +@read +@write", "~app:* +@read +@write -@dangerous",
      "~* +@all", "allkeys allcommands -@admin", "~* +@all -flushall", "~job:* +@read +@write -@dangerous +replicaof",
      "~* +@all -@admin -@dangerous", "+@keyspace", "+@slow -config", "+config|get +keys", "+@dangerous -@write");
  private static final Map<String, List<String>> CALLS = Map.ofEntries(Map.entry("flushall", List.of("FLUSHALL")),
      Map.entry("flushdb", List.of("FLUSHDB")), Map.entry("keys", List.of("KEYS", "*")),
      Map.entry("config", List.of("CONFIG", "GET", "maxmemory")), Map.entry("debug", List.of("DEBUG", "SLEEP", "0")),
      Map.entry("module", List.of("MODULE", "LIST")), Map.entry("acl", List.of("ACL", "SETUSER", "someone")),
      Map.entry("shutdown", List.of("SHUTDOWN")), Map.entry("replicaof", List.of("REPLICAOF", "NO", "ONE")),
      Map.entry("slaveof", List.of("SLAVEOF", "NO", "ONE")), Map.entry("failover", List.of("FAILOVER")));

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void agreesWithAclDryrun(@TempDir Path dir) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process server = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--dir", dir.toString()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (!cli(port, "PING").equals("PONG")) {
        assertTrue(System.nanoTime() < deadline, "redis-server answering PING");
        Thread.sleep(50);
      }
      List<String> disagreements = new ArrayList<>();
      for (String permissions : PERMISSIONS) {
        List<String> setuser = new ArrayList<>(List.of("ACL", "SETUSER", "probe", "reset", "on", "nopass"));
        setuser.addAll(List.of(permissions.split(" ")));
        assertEquals("OK", cli(port, setuser.toArray(String[]::new)), permissions);
        AclGrants grants = new AclGrants(permissions);
        for (Map.Entry<String, List<String>> call : CALLS.entrySet()) {
          List<String> dryrun = new ArrayList<>(List.of("ACL", "DRYRUN", "probe"));
          dryrun.addAll(call.getValue());
          boolean redis = cli(port, dryrun.toArray(String[]::new)).equals("OK");
          if (redis != grants.allows(call.getKey())) {
            disagreements.add(permissions + " / " + call.getKey() + ": redis says " + redis);
          }
        }
      }
      assertEquals(List.of(), disagreements);
    } finally {
      server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static String cli(int port, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("redis-cli", "-p", Integer.toString(port)));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor(5, TimeUnit.SECONDS);
    return out;
  }
}
