package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.clients.ClientEndpoints;
import io.rhc.clients.ClientLanguage;
import io.rhc.clients.ClientSnippets;
import io.rhc.clients.JavaSnippet;
import io.rhc.testkit.ExampleSpec;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.6: the redis-py, ioredis and Lettuce settings {@code rhc clients} prints connect through the sentinels
 * of a live cluster and keep writing through a master crash, with nothing but the snippet and a write loop.
 */
class ClientSnippetsLiveTest {
  @BeforeAll
  static void programs() {
    Programs.require("redis-server", "redis-sentinel", "redis-cli", "python3");
    Programs.requireNamespaces();
  }

  private static final String PYTHON_LOOP = """

      import time
      i = 0
      while True:
          i += 1
          r.set("client:%d" % i, i)
          print("ack", i, flush=True)
          time.sleep(0.05)
      """;

  private static final String NODE_LOOP = """

      (async () => {
        for (let i = 1; ; i++) {
          await redis.set("client:" + i, String(i));
          console.log("ack", i);
          await new Promise((done) => setTimeout(done, 50));
        }
      })().catch((e) => {
        console.log("failed", e.message);
        process.exit(1);
      });
      """;

  /** The Lettuce snippet's statements run first in {@code main}; a failed write ends the program, as in Node. */
  private static final String JAVA_LOOP = """
      RedisCommands<String, String> redis = client.connect().sync();
      try {
        for (int i = 1; ; i++) {
          redis.set("client:" + i, Integer.toString(i));
          System.out.println("ack " + i);
          Thread.sleep(50);
        }
      } catch (RuntimeException e) {
        System.out.println("failed " + e);
        System.exit(1);
      }
      """;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void redisPyRidesThroughAMasterCrash(@TempDir Path dir) throws Exception {
    assertEquals(0, new ProcessBuilder("/usr/bin/python3", "-c", "import redis").start().waitFor(),
        "python3-redis is installed (scripts/test.sh installs it)");
    ridesThrough(dir, UnaryOperator.identity(), ClientLanguage.REDIS_PY, "client.py", PYTHON_LOOP,
        List.of("/usr/bin/python3"), Map.of());
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void ioredisRidesThroughAMasterCrash(@TempDir Path dir) throws Exception {
    Programs.require("node");
    Path modules = Path.of(System.getenv().getOrDefault("RHC_CLIENT_NODE_MODULES",
        System.getProperty("user.home") + "/.cache/rhc-clients/node_modules"));
    assertTrue(Files.isDirectory(modules.resolve("ioredis")), "ioredis is installed in " + modules
        + " (scripts/test.sh installs it with npm)");
    // as for Lettuce, without data classes the command timeout is the 5 s minimum: ioredis' timer runs from the
    // first send, through the offline queue, so a write queued at the crash must not time out before the new
    // master (it did, before the snippet's commandTimeout spanned the failover)
    ridesThrough(dir, spec -> spec.setYaml("spec.dataClasses", "[]"), ClientLanguage.IOREDIS, "client.js", NODE_LOOP,
        List.of("node"), Map.of("NODE_PATH", modules.toString()));
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void lettuceRidesThroughAMasterCrash(@TempDir Path dir) throws Exception {
    // the snippet made a class (its imports above, its statements in main), compiled against lettuce-core (a
    // test dependency) and run by this JDK's java; the program is the class name, not a file. Without the
    // example's BullMQ and Celery classes the command timeout is the 5 s minimum, below the 10 s ride-through:
    // a command Lettuce queues at the crash must still wait for the new master, not time out (it did, before
    // the snippet's timeout spanned the failover)
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ridesThrough(dir, spec -> spec.setYaml("spec.dataClasses", "[]"), ClientLanguage.LETTUCE, null, "",
        List.of(java, "-cp", JavaSnippet.classPath(dir), "LettuceClient"), Map.of());
  }

  /** {@code language}'s snippet for homelab-k8s on three loopback hosts, as {@code vary} changes it. */
  private static void ridesThrough(Path dir, UnaryOperator<ExampleSpec> vary, ClientLanguage language, String name,
      String loop, List<String> run, Map<String, String> env) throws Exception {
    ExampleSpec runnable = vary.apply(LoopbackCluster.runnable("homelab-k8s").setYaml("spec.systemd.hosts", """
        [{name: node-0.redis-v2.test, roles: [redis, sentinel, proxy], node: 0},
         {name: node-1.redis-v2.test, roles: [redis, sentinel, proxy], node: 1},
         {name: node-2.redis-v2.test, roles: [redis, sentinel, proxy], node: 2}]"""));
    try (LoopbackCluster c = new LoopbackCluster(runnable)) {
      c.bootFresh();
      ClientEndpoints endpoints = ClientEndpoints.of(c.spec, "systemd");
      assertEquals(c.names.stream().map(n -> n + ":" + c.sentinelPort).toList(), endpoints.sentinels());
      String snippet = new ClientSnippets(c.spec, endpoints, false).render(language);
      List<String> command = new ArrayList<>(run);
      if (language == ClientLanguage.LETTUCE) {
        JavaSnippet.compile(dir, Map.of("LettuceClient", JavaSnippet.program("LettuceClient", snippet,
            List.of("io.lettuce.core.api.sync.RedisCommands"), JAVA_LOOP)));
      } else {
        command.add(Files.writeString(dir.resolve(name), snippet + loop).toString());
      }
      ProcessBuilder pb = c.namespaced(command).redirectErrorStream(true);
      pb.environment().putAll(env);
      Process client = pb.start();
      List<String> lines = new CopyOnWriteArrayList<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(),
            StandardCharsets.UTF_8))) {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
          }
        } catch (java.io.IOException e) {
          lines.add("read failed: " + e);
        }
      });
      reader.setDaemon(true);
      reader.start();
      try {
        LoopbackCluster.await("the client writes", Duration.ofSeconds(20), () -> acks(lines) >= 20 || !client.isAlive());
        assertTrue(client.isAlive(), "the client did not start:\n" + String.join("\n", lines));
        c.stop("redis-0");
        int atCrash = acks(lines);
        LoopbackCluster.await("a new master", Duration.ofSeconds(60),
            () -> !c.sentinelMaster(1).startsWith(c.names.get(0)));
        LoopbackCluster.await("writes after the failover", Duration.ofSeconds(30),
            () -> acks(lines) >= atCrash + 20 || !client.isAlive());
        assertTrue(client.isAlive(), "the client gave up:\n" + String.join("\n", lines));
        String last = lines.stream().filter(l -> l.startsWith("ack ")).reduce((a, b) -> b).orElseThrow();
        int master = c.names.indexOf(c.sentinelMaster(1));
        assertEquals(last.substring(4), c.node(master, "GET", "client:" + last.substring(4)).trim(),
            "the last acknowledged write is on the new master");
        System.out.printf("%s: %d writes before the crash, %d after, none failed%n", language.id(), atCrash,
            acks(lines) - atCrash);
      } finally {
        client.destroyForcibly();
      }
    }
  }

  private static int acks(List<String> lines) {
    return (int) lines.stream().filter(l -> l.startsWith("ack ")).count();
  }
}
