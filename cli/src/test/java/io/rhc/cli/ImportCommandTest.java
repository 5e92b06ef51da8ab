package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path dir;

  private String[] hosts() throws Exception {
    String[] names = {"redis-1.lxd", "redis-2.lxd", "redis-3.lxd"};
    String[] paths = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      Path host = Files.createDirectories(dir.resolve(names[i]));
      Files.writeString(host.resolve("redis.conf"), "port 6379\nprotected-mode no\nrequirepass \"Zq3x8N2vLr5Tg\"\n"
          + "maxmemory 512mb\nappendonly yes\n");
      Files.writeString(host.resolve("sentinel.conf"), "sentinel resolve-hostnames yes\nsentinel announce-hostnames"
          + " yes\nsentinel monitor app-master redis-1.lxd 6379 2\nsentinel down-after-milliseconds app-master 5000\n");
      paths[i] = host.toString();
    }
    return paths;
  }

  private static String[] args(String[] first, String... more) {
    String[] all = new String[1 + first.length + more.length];
    all[0] = "import";
    System.arraycopy(first, 0, all, 1, first.length);
    System.arraycopy(more, 0, all, 1 + first.length, more.length);
    return all;
  }

  @Test
  void theSpecGoesToStdoutAndMessagesToStderr() throws Exception {
    CliRun run = CliRun.of(args(hosts()));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("    maxmemory: 512Mi # " + dir.resolve("redis-1.lxd/redis.conf") + ":4"), run.out());
    assertTrue(run.out().contains("  name: app-master\n"), run.out());
    assertFalse(run.out().contains("Zq3x8N2vLr5Tg"), "the password is never copied");
    assertEquals("", run.err());
  }

  @Test
  void withOutputTheFileIsReplacedAndStdoutStaysEmpty() throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, "old");
    CliRun run = CliRun.of(args(hosts(), "-o", spec.toString()));
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("wrote " + spec + " (systemd)"), run.err());
    assertEquals(CliRun.of(args(hosts())).out(), Files.readString(spec));
    CliRun lint = CliRun.of("lint", spec.toString());
    assertEquals(0, lint.code(), lint.err());
  }

  @Test
  void materialRedisRefusesIsAPositionedErrorAndNothingIsWritten() throws Exception {
    Path host = Files.createDirectories(dir.resolve("redis-1"));
    Files.writeString(host.resolve("redis.conf"), "port 6379\nmaxmemory 512mb # half the box\n");
    Path spec = dir.resolve("spec.yaml");
    CliRun run = CliRun.of("import", host.toString(), "-o", spec.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains(host.resolve("redis.conf") + ":2:17: error[RHC0502]"), run.err());
    assertFalse(Files.exists(spec));
  }

  @Test
  void aYamlOfNoKnownShapeIsAPositionedErrorWithAHint() throws Exception {
    Path file = Files.writeString(dir.resolve("values.yaml"), "replicaCount: 3\nimage: redis\n");
    CliRun run = CliRun.of("import", file.toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains(file + ":1:1: error[RHC0509] Not a Kubernetes object, a compose file or a chart"
        + " values file"), run.err());
    assertTrue(run.err().contains("hint: Give Kubernetes manifests"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void aMissingPathIsAUsageError() {
    assertEquals(2, CliRun.of("import", dir.resolve("missing").toString()).code());
  }
}
