package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import io.rhc.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The corrected corpus configs are accepted by the real programs: redis-server / redis-sentinel parse each file
 * up to a marker directive appended on the command line (Redis reads file and arguments as one config, so an
 * error reported at the marker's line means every line of the file was accepted, and nothing is started);
 * {@code haproxy -c} checks each haproxy.cfg. The inline-comment before state and an unknown directive are refused
 * by the real Redis at the line the audit names.
 */
class AuditCorpusAcceptedTest {
  private static final String MARKER = "rhc-audit-end-marker";

  @Test
  void correctedConfigsAreAcceptedByTheRealPrograms() throws Exception {
    assumeTrue(onPath("redis-server") && onPath("redis-sentinel") && onPath("haproxy"),
        "redis-server, redis-sentinel and haproxy are needed");
    int checked = 0;
    for (Path conf : files("after")) {
      String name = conf.getFileName().toString();
      if (name.equals("haproxy.cfg")) {
        Result r = run(List.of(which("haproxy"), "-c", "-q", "-f", conf.toString()));
        assertEquals(0, r.code, conf + ": " + r.output);
      } else {
        String program = name.equals("sentinel.conf") ? "redis-sentinel" : "redis-server";
        Path copy = Files.createTempFile("rhc-audit", ".conf");
        Files.copy(conf, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Result r = run(List.of(which(program), copy.toString(), "--" + MARKER, "yes"));
        Files.deleteIfExists(copy);
        assertTrue(r.output.contains(">>> '" + MARKER), conf + " was refused before the marker: " + r.output);
      }
      checked++;
    }
    assertTrue(checked >= 20, "only " + checked + " files checked");
  }

  @Test
  void realRedisRefusesTheInlineCommentWhereTheAuditSaysSo() throws Exception {
    assumeTrue(onPath("redis-server"), "redis-server is needed");
    Path conf = AuditCorpusTest.CORPUS.resolve("inline-comments/before/redis-master/redis.conf");
    Result r = run(List.of(which("redis-server"), conf.toString(), "--" + MARKER, "yes"));
    assertTrue(r.output.contains("at line 4") && r.output.contains("maxmemory 256mb  # memory cap"), r.output);
  }

  @Test
  void realRedisRefusesAnUnknownDirectiveAtTheLineTheAuditNames() throws Exception {
    assumeTrue(onPath("redis-server"), "redis-server is needed");
    Path host = Files.createTempDirectory("rhc-audit-host");
    Path conf = Files.writeString(host.resolve("redis.conf"),
        "port 6379\nprotected-mode no\nmaxmemory-polcy noeviction\nappendonly yes\n");
    AuditResult audit = new Auditor().audit(List.of(host), List.of("h"));
    Diagnostic unknown = audit.diagnostics().stream().filter(d -> d.code().equals("RHC0508")).findFirst().orElseThrow();
    assertEquals("h/redis.conf:3:1", unknown.file() + ":" + unknown.span());
    assertTrue(unknown.hint().startsWith("Did you mean `maxmemory-policy`?"), unknown.hint());
    Result r = run(List.of(which("redis-server"), conf.toString(), "--" + MARKER, "yes"));
    assertTrue(r.output.contains("at line 3") && r.output.contains(">>> 'maxmemory-polcy noeviction'")
        && r.output.contains("Bad directive"), r.output);
    Files.delete(conf);
    Files.delete(host);
  }

  private static List<Path> files(String state) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(AuditCorpusTest.CORPUS)) {
      walk.filter(Files::isRegularFile).filter(p -> p.getParent().getParent().getFileName().toString().equals(state))
          .sorted().forEach(out::add);
    }
    return out;
  }

  private record Result(int code, String output) {}

  private static Result run(List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(20, TimeUnit.SECONDS), "still running: " + command);
    return new Result(p.exitValue(), output);
  }

  private static boolean onPath(String program) {
    return which(program) != null;
  }

  private static String which(String program) {
    String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin";
    for (String dir : path.split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
