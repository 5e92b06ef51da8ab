package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code examples/audit/<case>/before}: hand-written per-host configs modelled on the seeds' before states, with
 * each finding pinned (code, file, line); {@code after}: the corrected twin, which audits clean.
 */
class AuditCorpusTest {
  static final Path CORPUS = Path.of("audit");

  private static final Map<String, List<String>> EXPECTED = Map.of(
      "two-sentinels", List.of(
          "RHC3001 redis-1.lxd/sentinel.conf:4",
          "RHC3002 redis-1.lxd/sentinel.conf:4"),
      "ip-sentinels", List.of(
          "RHC3003 redis-1.lxd/sentinel.conf:2",
          "RHC3003 redis-1.lxd/sentinel.conf:2",
          "RHC3004 redis-1.lxd/sentinel.conf:2"),
      "inline-comments", List.of(
          "RHC0502 redis-master/redis.conf:4",
          "RHC0502 redis-master/redis.conf:5"),
      "placeholder-passwords", List.of(
          "RHC0507 redis-1.lxd/redis.conf:3",
          "RHC0507 redis-1.lxd/redis.conf:4",
          "RHC0507 redis-1.lxd/sentinel.conf:2",
          "RHC0507 redis-1.lxd/sentinel.conf:6",
          "RHC0507 redis-2.lxd/redis.conf:3",
          "RHC0507 redis-2.lxd/redis.conf:4",
          "RHC0507 redis-2.lxd/sentinel.conf:2",
          "RHC0507 redis-2.lxd/sentinel.conf:6",
          "RHC0507 redis-3.lxd/redis.conf:3",
          "RHC0507 redis-3.lxd/redis.conf:4",
          "RHC0507 redis-3.lxd/sentinel.conf:2",
          "RHC0507 redis-3.lxd/sentinel.conf:6"),
      "haproxy-checks", List.of(
          "RHC4002 haproxy-1/haproxy.cfg:23",
          "RHC4002 haproxy-1/haproxy.cfg:23",
          "RHC4002 haproxy-1/haproxy.cfg:23",
          "RHC4002 haproxy-1/haproxy.cfg:24"));

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      List<String> found = dirs.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(EXPECTED.keySet().stream().sorted().toList(), found, "every corpus case is pinned");
      return found.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void beforeHasExactlyThePinnedFindings(String name) throws IOException {
    assertEquals(EXPECTED.get(name), findings(CORPUS.resolve(name).resolve("before")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void correctedTwinAuditsClean(String name) throws IOException {
    assertEquals(List.of(), findings(CORPUS.resolve(name).resolve("after")));
  }

  static List<Path> hosts(Path dir) throws IOException {
    try (Stream<Path> hosts = Files.list(dir)) {
      return hosts.filter(Files::isDirectory).sorted().toList();
    }
  }

  private static List<String> findings(Path dir) throws IOException {
    List<Path> hosts = hosts(dir);
    AuditResult result = new Auditor().audit(hosts, hosts.stream().map(Path::toString).toList());
    String prefix = dir + "/";
    return result.diagnostics().stream()
        .map(d -> d.code() + " " + d.file().substring(prefix.length()) + ":" + d.span().line())
        .toList();
  }
}
