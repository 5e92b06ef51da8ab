package io.rhc.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compose files and host directories: command-line directives, bind-mounted configs, sentinel mounts, more rules. */
class ComposeAuditTest {
  @TempDir Path dir;

  private static final String COMPOSE = """
      services:
        redis:
          image: redis:7.2.4
          command: redis-server /etc/redis/redis.conf --maxmemory 600mb
          volumes: ["./redis.conf:/etc/redis/redis.conf:ro"]
          mem_limit: 512m
        sentinel:
          image: redis:7.2.4
          command: ["redis-sentinel", "/etc/sentinel/sentinel.conf"]
          volumes: ["./sentinel.conf:/etc/sentinel/sentinel.conf:MODE"]
      """;

  private AuditResult compose(String mode) throws Exception {
    Files.writeString(dir.resolve("redis.conf"), "port 6379\nrepl-backlog-size 64mb\n");
    Files.writeString(dir.resolve("sentinel.conf"), "sentinel monitor m redis 6379 1\n");
    Path file = Files.writeString(dir.resolve("compose.yaml"), COMPOSE.replace("MODE", mode));
    return new Auditor().audit(List.of(file), List.of("compose.yaml"));
  }

  private static Diagnostic first(AuditResult result, String code) {
    return result.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + result.diagnostics()));
  }

  @Test
  void aCommandLineDirectiveIsReadAtItsWordAfterTheBindMountedFile() throws Exception {
    Diagnostic tooBig = first(compose("rw"), "RHC0206");
    assertEquals("compose.yaml:4:61", tooBig.file() + ":" + tooBig.span(), "the value `600mb` of --maxmemory");
    assertTrue(tooBig.hint().contains("`maxmemory` in redis.conf"), tooBig.hint());
  }

  @Test
  void aReadOnlySentinelBindIsAnErrorAndAWritableSingleFileBindAWarning() throws Exception {
    Diagnostic readOnly = first(compose("ro"), "RHC3006");
    assertEquals(Severity.ERROR, readOnly.severity());
    assertEquals("compose.yaml:10:15", readOnly.file() + ":" + readOnly.span());
    assertEquals(Severity.WARNING, first(compose("rw"), "RHC3006").severity(), "the rename over a file bind fails");
  }

  private AuditResult hosts(String redisConf) throws Exception {
    List<Path> hosts = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      Path host = Files.createDirectories(dir.resolve(name));
      Files.writeString(host.resolve("redis.conf"), redisConf);
      hosts.add(host);
    }
    return new Auditor().audit(hosts, List.of("a", "b", "c"));
  }

  @Test
  void replicaPriorityZeroOnEveryNodeIsRhc3010AndAnOpenDebugCommandRhc4008() throws Exception {
    AuditResult result = hosts("port 6379\nprotected-mode no\nreplica-priority 0\nenable-debug-command yes\n");
    assertEquals("a/redis.conf:3:18", first(result, "RHC3010").file() + ":" + first(result, "RHC3010").span());
    assertEquals("a/redis.conf:4:1", first(result, "RHC4008").file() + ":" + first(result, "RHC4008").span());
    AuditResult fine = hosts("port 6379\nprotected-mode no\nenable-debug-command local\n");
    assertTrue(fine.diagnostics().stream().noneMatch(d -> List.of("RHC3010", "RHC4008").contains(d.code())),
        fine.diagnostics().toString());
    assertTrue(fine.notEvaluated().stream().noneMatch(n -> List.of("RHC3010", "RHC4008").contains(n.rule())));
  }
}
