package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rhc clients}: addresses that the compiled output really has, and snippets their languages parse. */
class ClientsCommandTest {
  private static final String HOMELAB = "../examples/homelab-k8s/spec.yaml";
  private static final String VEZA = "../examples/veza-systemd/spec.yaml";

  @Test
  void kubernetesAddressesAreServicesAndPodsTheManifestsDefine(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of("clients", HOMELAB, "--via", "sentinel", "-l", "ioredis");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().startsWith("# Clients of redis-v2 (kubernetes), through the sentinels "), run.out());
    assertTrue(run.out().contains("{ host: \"redis-v2-1.redis-v2-headless.redis.svc\", port: 26379 },"), run.out());
    assertFalse(run.out().contains("## redis-py"), "only the library asked for");
    assertEquals(ExitCodes.OK, CliRun.of("compile", HOMELAB, "--target", "kubernetes", "--out", dir.toString()).code());
    String services = Files.readString(dir.resolve("services.yaml"));
    String sets = Files.readString(dir.resolve("statefulset.yaml"));
    assertTrue(services.contains("name: redis-v2-headless") && services.contains("name: redis-master"), services);
    assertTrue(Files.readString(dir.resolve("kustomization.yaml")).contains("namespace: redis"));
    assertTrue(sets.contains("serviceName: redis-v2-headless") && sets.contains("name: redis-v2\n"), sets);
    CliRun proxy = CliRun.of("clients", HOMELAB, "-l", "go-redis");
    assertTrue(proxy.out().contains("Addr: \"redis-master.redis.svc:6379\","), proxy.out());
  }

  @Test
  void pythonAndNodeSnippetsParse(@TempDir Path dir) throws Exception {
    for (String via : List.of("proxy", "sentinel")) {
      String out = CliRun.of("clients", VEZA, "--via", via).out();
      for (String[] lang : new String[][] {{"redis-py", "py"}, {"celery", "py"}, {"ioredis", "js"},
          {"bullmq", "js"}}) {
        String snippet = section(out, lang[0]);
        Path file = Files.writeString(dir.resolve(lang[0] + "-" + via + "." + lang[1]), snippet);
        List<String> check = lang[1].equals("py") ? List.of("python3", "-m", "py_compile", file.toString())
            : List.of("node", "--check", file.toString());
        Process p = new ProcessBuilder(check).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), lang[0] + " via " + via + ":\n" + said + "\n" + snippet);
      }
    }
  }

  @Test
  void systemdUsesTheProxyHostsAndTheSpecsPasswordsByName() {
    CliRun run = CliRun.of("clients", VEZA, "-l", "redis-py", "-l", "spring");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("host=\"redis-1.lxd\",  # or any of redis-2.lxd:6380, redis-3.lxd:6380"), run.out());
    assertTrue(run.out().contains("password: ${REDIS_PASSWORD}"), run.out());
    assertFalse(run.out().contains("## ioredis"), run.out());
  }

  @Test
  void badArgumentsAreUsageErrors() {
    CliRun lang = CliRun.of("clients", VEZA, "-l", "jedis");
    assertEquals(ExitCodes.USAGE, lang.code());
    assertTrue(lang.err().contains("Unknown library 'jedis'. Known: ioredis, bullmq, redis-py, celery, lettuce,"
        + " spring, go-redis"), lang.err());
    assertEquals(ExitCodes.USAGE, CliRun.of("clients", VEZA, "--target", "nomad").code());
    assertEquals(ExitCodes.USAGE, CliRun.of("clients", VEZA, "--via", "carrier-pigeon").code());
    CliRun missing = CliRun.of("clients", "no-such.yaml");
    assertEquals(ExitCodes.IO, missing.code(), missing.err());
    for (CliRun r : List.of(lang, missing)) {
      assertEquals("", r.out());
      assertFalse(r.err().contains("Exception"), r.err());
    }
  }

  private static String section(String out, String id) {
    int start = out.indexOf("## " + id + ":");
    int body = out.indexOf("\n\n", start) + 2;
    int end = out.indexOf("\n## ", body);
    return out.substring(body, end < 0 ? out.length() : end);
  }
}
