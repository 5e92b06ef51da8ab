package io.rhc.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Addresses per target and the timings derived from the spec, in every library's terms. */
class ClientSnippetsTest {
  @Test
  void kubernetesNamesTheClientServiceAndEachSentinelPod() {
    Spec homelab = ExampleSpec.of("homelab-k8s").spec();
    ClientEndpoints e = ClientEndpoints.of(homelab, "kubernetes");
    assertEquals(List.of("redis-master.redis.svc:6379"), e.proxies());
    assertEquals(List.of("redis-v2-0.redis-v2-headless.redis.svc:26379", "redis-v2-1.redis-v2-headless.redis.svc:26379",
        "redis-v2-2.redis-v2-headless.redis.svc:26379"), e.sentinels());
    Spec odoo = ExampleSpec.of("odoo-compose").spec();
    assertEquals("odoo19-redis-sentinel-0.odoo19-redis-sentinel-headless.default.svc:26379",
        ClientEndpoints.of(odoo, "kubernetes").sentinels().get(0), "dedicated sentinels have their own set");
  }

  @Test
  void composeAndSystemdNameServicesAndHosts() {
    ClientEndpoints compose = ClientEndpoints.of(ExampleSpec.of("odoo-compose").spec(), "compose");
    assertEquals(List.of("odoo19-redis-haproxy-0:6379", "odoo19-redis-haproxy-1:6379"), compose.proxies());
    assertEquals("odoo19-redis-sentinel-2:26379", compose.sentinels().get(2));
    ClientEndpoints systemd = ClientEndpoints.of(ExampleSpec.of("veza-systemd").spec(), "systemd");
    assertEquals(List.of("redis-1.lxd:6380", "redis-2.lxd:6380", "redis-3.lxd:6380"), systemd.proxies());
    assertEquals(List.of("redis-1.lxd:26379", "redis-2.lxd:26379", "redis-3.lxd:26379"), systemd.sentinels());
    assertThrows(IllegalArgumentException.class, () -> ClientEndpoints.of(ExampleSpec.of("veza-systemd").spec(),
        "nomad"));
  }

  @Test
  void retriesOutlastTheDownAfterAndTheCommandTimeoutTheLongestBlock() {
    Spec slow = ExampleSpec.of("homelab-k8s").set("spec.sentinel.downAfter", "20s").spec();
    ClientEndpoints e = ClientEndpoints.of(slow, "kubernetes");
    assertEquals(Duration.ofSeconds(25), e.rideThrough());
    assertTrue(e.retries() * ClientEndpoints.MAX_BACKOFF.toMillis() >= e.rideThrough().toMillis(), "" + e.retries());
    assertTrue(new ClientSnippets(slow, e, true).render(ClientLanguage.IOREDIS).contains("maxRetriesPerRequest: 28,"),
        "ioredis' waits of 200, 400, ... 1000 ms add up to the 26 s failover + one backoff after 28 reconnects");
    Spec bull = ExampleSpec.of("homelab-k8s").setYaml("spec.dataClasses",
        "[{name: jobs, kind: queue, library: bullmq, mustSurvive: true, blockingTimeout: 30s}]").spec();
    ClientEndpoints b = ClientEndpoints.of(bull, "kubernetes");
    assertEquals(Duration.ofSeconds(35), b.commandTimeout());
    String snippet = new ClientSnippets(bull, b, true).render(ClientLanguage.BULLMQ);
    assertTrue(snippet.contains("maxRetriesPerRequest: null,") && snippet.contains("new Queue(\"jobs\""), snippet);
    assertTrue(new ClientSnippets(bull, b, true).render(ClientLanguage.REDIS_PY).contains("socket_timeout=35,"));
  }

  @Test
  void celeryVisibilityTimeoutIsAboveTheLongestTask() {
    Spec celery = ExampleSpec.of("homelab-k8s").setYaml("spec.dataClasses",
        "[{name: tasks, kind: queue, library: celery, mustSurvive: true, maxTaskDuration: 2h}]").spec();
    String snippet = new ClientSnippets(celery, ClientEndpoints.of(celery, "kubernetes"), false)
        .render(ClientLanguage.CELERY);
    assertTrue(snippet.contains("\"visibility_timeout\": 14400,"), snippet);
    assertTrue(snippet.contains("\"master_name\": \"redis-v2\""), snippet);
    assertTrue(snippet.contains("sentinel://\" + a for a in [\"redis-v2-0.redis-v2-headless.redis.svc:26379\""),
        snippet);
  }

  @Test
  void passwordsComeFromTheEnvironmentOnlyWhenTheClusterHasThem() {
    Spec veza = ExampleSpec.of("veza-systemd").spec();
    ClientSnippets withAuth = new ClientSnippets(veza, ClientEndpoints.of(veza, "systemd"), false);
    for (ClientLanguage l : ClientLanguage.values()) {
      String s = withAuth.render(l);
      assertTrue(s.contains("REDIS_PASSWORD"), l + ": " + s);
      assertTrue(s.contains("SENTINEL_PASSWORD"), l + ": " + s);
    }
    Spec homelab = ExampleSpec.of("homelab-k8s").spec();
    ClientSnippets open = new ClientSnippets(homelab, ClientEndpoints.of(homelab, "kubernetes"), true);
    for (ClientLanguage l : ClientLanguage.values()) {
      assertFalse(open.render(l).contains("PASSWORD"), l + ": " + open.render(l));
    }
  }

  @Test
  void lettuceSnippetsCompileAndTheirTimeoutOutlastsTheFailover(@TempDir Path dir) throws Exception {
    Map<String, String> snippets = new LinkedHashMap<>();
    Map<String, String> programs = new LinkedHashMap<>();
    for (String example : List.of("veza-systemd", "homelab-k8s")) {
      Spec spec = ExampleSpec.of(example).spec();
      ClientEndpoints e = ClientEndpoints.of(spec, example.equals("veza-systemd") ? "systemd" : "kubernetes");
      for (boolean viaProxy : List.of(true, false)) {
        String snippet = new ClientSnippets(spec, e, viaProxy).render(ClientLanguage.LETTUCE);
        // Lettuce retries no command: the one timeout also bounds a command queued through the failover
        long timeout = Long.parseLong(snippet.replaceAll("(?s).*\\.withTimeout\\(Duration\\.ofMillis\\((\\d+)\\)\\).*",
            "$1"));
        assertTrue(timeout >= e.rideThrough().plus(ClientEndpoints.MAX_BACKOFF).toMillis()
            && timeout >= e.commandTimeout().toMillis(), example + ": " + snippet);
        String name = "Lettuce" + (example.equals("veza-systemd") ? "Veza" : "Homelab") + (viaProxy ? "Proxy"
            : "Sentinel");
        snippets.put(name, snippet);
        programs.put(name, JavaSnippet.program(name, snippet, List.of(), "client.connect().close();"));
      }
    }
    assertTrue(snippets.get("LettuceVezaSentinel").contains("// also how long a command queued while reconnecting"
        + " waits: the 10 s failover + one backoff\n    .withTimeout(Duration.ofMillis(11000))"),
        snippets.get("LettuceVezaSentinel"));
    assertTrue(snippets.get("LettuceHomelabProxy").contains("    .withTimeout(Duration.ofMillis(15000))\n"),
        "BullMQ's 10 s drain, + 5 s, is above the failover: " + snippets.get("LettuceHomelabProxy"));
    JavaSnippet.compile(dir, programs);
  }

  @Test
  void ioredisQueuedCommandsOutlastTheFailover() {
    for (String example : List.of("veza-systemd", "homelab-k8s")) {
      Spec spec = ExampleSpec.of(example).spec();
      ClientEndpoints e = ClientEndpoints.of(spec, example.equals("veza-systemd") ? "systemd" : "kubernetes");
      String snippet = new ClientSnippets(spec, e, false).render(ClientLanguage.IOREDIS);
      // the timer of a command queued while ioredis reconnects runs from its first send
      long timeout = Long.parseLong(snippet.replaceAll("(?s).*\n  commandTimeout: (\\d+),.*", "$1"));
      assertTrue(timeout >= e.failoverWait().toMillis() && timeout >= e.commandTimeout().toMillis(),
          example + ": " + snippet);
      // every maxRetriesPerRequest + 1 reconnects fail the queued commands: the waits before that span the failover
      int reconnects = Integer.parseInt(snippet.replaceAll("(?s).*\n  maxRetriesPerRequest: (\\d+),.*", "$1"));
      long waited = 0;
      for (int times = 1; times <= reconnects; times++) {
        waited += Math.min(times * 200, ClientEndpoints.MAX_BACKOFF.toMillis());
      }
      assertTrue(waited >= e.failoverWait().toMillis(), example + ": " + snippet);
      assertTrue(snippet.contains("retryStrategy: (times) => Math.min(times * 200, 1000),"), snippet);
    }
    Spec veza = ExampleSpec.of("veza-systemd").spec();
    assertTrue(new ClientSnippets(veza, ClientEndpoints.of(veza, "systemd"), true).render(ClientLanguage.IOREDIS)
        .contains("  // also how long a command queued while reconnecting waits: the 10 s failover + one backoff\n"
            + "  commandTimeout: 11000,\n"), "veza has no blocking class: its 5 s timeout is raised");
  }

  @Test
  void lettuceSnippetNamesAMissingPassword(@TempDir Path dir) throws Exception {
    Spec veza = ExampleSpec.of("veza-systemd").spec();
    String snippet = new ClientSnippets(veza, ClientEndpoints.of(veza, "systemd"), false)
        .render(ClientLanguage.LETTUCE);
    // the statements build the URI and the client; nothing connects
    JavaSnippet.compile(dir, Map.of("LettucePassword", JavaSnippet.program("LettucePassword", snippet, List.of(),
        "System.out.println(\"built\");\nSystem.exit(0);")));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (boolean set : List.of(false, true)) {
      ProcessBuilder pb = new ProcessBuilder(java, "-cp", JavaSnippet.classPath(dir), "LettucePassword")
          .redirectErrorStream(true);
      pb.environment().remove("REDIS_PASSWORD");
      if (set) {
        pb.environment().put("REDIS_PASSWORD", "secret");
      }
      Process p = pb.start();
      String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), said);
      if (set) {
        assertEquals(0, p.exitValue(), said);
        assertTrue(said.contains("built"), said);
      } else {
        assertEquals(1, p.exitValue(), said);
        assertTrue(said.contains("java.lang.NullPointerException: REDIS_PASSWORD is not set"), said);
      }
    }
  }

  @Test
  void aSpecWithoutProxyHasOnlyTheSentinelWay() {
    Spec direct = ExampleSpec.of("homelab-k8s").set("spec.proxy.enabled", false).spec();
    ClientEndpoints e = ClientEndpoints.of(direct, "kubernetes");
    assertFalse(e.viaProxy());
    assertThrows(IllegalArgumentException.class, () -> new ClientSnippets(direct, e, true));
    assertTrue(new ClientSnippets(direct, e, false).summary().contains("through the sentinels"));
  }
}
