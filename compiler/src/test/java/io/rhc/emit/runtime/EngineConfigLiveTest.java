package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.testkit.ExampleSpec;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code engine.config} and {@code sentinel.config} entries reach the real servers, which start on them. */
class EngineConfigLiveTest {
  /** Ten directives every line from 7.0 knows, as written in the spec, and what CONFIG GET then reports. */
  private static final Map<String, String[]> DIRECTIVES = new LinkedHashMap<>();

  static {
    DIRECTIVES.put("maxclients", new String[] {"2000", "2000"});
    DIRECTIVES.put("timeout", new String[] {"300", "300"});
    DIRECTIVES.put("tcp-keepalive", new String[] {"60", "60"});
    DIRECTIVES.put("hz", new String[] {"20", "20"});
    DIRECTIVES.put("notify-keyspace-events", new String[] {"Kx", "xK"});
    DIRECTIVES.put("slowlog-log-slower-than", new String[] {"5000", "5000"});
    DIRECTIVES.put("slowlog-max-len", new String[] {"256", "256"});
    DIRECTIVES.put("latency-monitor-threshold", new String[] {"100", "100"});
    DIRECTIVES.put("lazyfree-lazy-eviction", new String[] {"true", "yes"});
    DIRECTIVES.put("busy-reply-threshold", new String[] {"3000", "3000"});
  }

  @BeforeAll
  static void programs() {
    Programs.require("redis-server", "redis-sentinel", "redis-cli");
    Programs.requireNamespaces();
  }

  @Test
  void tenDirectivesStartARealServerThatReportsThem() throws Exception {
    StringBuilder config = new StringBuilder("{");
    DIRECTIVES.forEach((name, values) -> config.append(config.length() > 1 ? ", " : "").append(name).append(": ")
        .append(values[0]));
    config.append(", client-output-buffer-limit: [\"normal 0 0 0\", \"pubsub 64mb 16mb 60\"]}");
    ExampleSpec spec = LoopbackCluster.runnable("homelab-k8s").setYaml("spec.engine.config", config.toString())
        .setYaml("spec.sentinel.config", "{ loglevel: verbose }");
    try (LoopbackCluster c = new LoopbackCluster(spec)) {
      assertEquals(0, c.init("redis", 0, Map.of()).exit());
      assertEquals(0, c.init("sentinel", 0, Map.of()).exit());
      c.startRedis(0);
      c.startSentinel(0);
      DIRECTIVES.forEach((name, values) ->
          assertEquals(name + "\n" + values[1] + "\n", c.node(0, "CONFIG", "GET", name), name));
      assertEquals("client-output-buffer-limit\nnormal 0 0 0 slave 268435456 67108864 60 pubsub 67108864 16777216"
          + " 60\n", c.node(0, "CONFIG", "GET", "client-output-buffer-limit"), "rhc's replica class and both of ours");
      assertTrue(Files.readString(c.state(0).resolve("sentinel.conf")).contains("\nloglevel verbose\n"));
    }
  }
}
