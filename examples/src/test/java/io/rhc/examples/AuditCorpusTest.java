package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code examples/audit/<case>/before}: hand-written material modelled on the seeds' before states (per-host
 * configs, Kubernetes manifests, a compose file), with each finding pinned (code, file, line); {@code after}: the
 * corrected twin, which audits clean.
 */
class AuditCorpusTest {
  static final Path CORPUS = Path.of("audit");

  private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
      Map.entry("two-sentinels", List.of(
          "RHC4006 redis-1.lxd/redis.conf:4",
          "RHC3001 redis-1.lxd/sentinel.conf:4",
          "RHC3002 redis-1.lxd/sentinel.conf:4")),
      Map.entry("ip-sentinels", List.of(
          "RHC4006 redis-1.lxd/redis.conf:3",
          "RHC3003 redis-1.lxd/sentinel.conf:2",
          "RHC3003 redis-1.lxd/sentinel.conf:2",
          "RHC3004 redis-1.lxd/sentinel.conf:2")),
      Map.entry("inline-comments", List.of(
          "RHC0502 redis-master/redis.conf:4",
          "RHC0502 redis-master/redis.conf:5")),
      Map.entry("placeholder-passwords", List.of(
          "RHC4006 redis-1.lxd/redis.conf:3",
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
          "RHC0507 redis-3.lxd/sentinel.conf:6")),
      Map.entry("homelab-service-selector", List.of(
          "RHC2003 redis.yaml:11",
          "RHC4001 redis.yaml:113")),
      Map.entry("readonly-sentinel-mount", List.of(
          "RHC2003 redis-gateway.yaml:11",
          "RHC3004 redis-gateway.yaml:23",
          "RHC3008 redis-gateway.yaml:25",
          "RHC2004 redis-gateway.yaml:51",
          "RHC3006 redis-gateway.yaml:70",
          "RHC4001 redis-gateway.yaml:105")),
      Map.entry("allkeys-lru-queue", List.of(
          "RHC2005 compose.yaml:8")),
      Map.entry("haproxy-checks", List.of(
          "RHC4002 haproxy-1/haproxy.cfg:23",
          "RHC4002 haproxy-1/haproxy.cfg:23",
          "RHC4002 haproxy-1/haproxy.cfg:23",
          "RHC4002 haproxy-1/haproxy.cfg:24")));

  /**
   * Infos a corrected twin keeps: passwords without TLS (RHC4006), which the veza seed accepts on purpose ("today
   * the Incus bridge is the security boundary"), as rhc's own examples do.
   */
  private static final Map<String, List<String>> ACCEPTED_INFOS = Map.of(
      "ip-sentinels", List.of("RHC4006 redis-1.lxd/redis.conf:3"),
      "placeholder-passwords", List.of("RHC4006 redis-1.lxd/redis.conf:3"),
      "two-sentinels", List.of("RHC4006 redis-1.lxd/redis.conf:4"));

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
    Path after = CORPUS.resolve(name).resolve("after");
    assertEquals(ACCEPTED_INFOS.getOrDefault(name, List.of()), findings(after));
    List<Path> inputs = inputs(after);
    assertTrue(new Auditor().audit(inputs, inputs.stream().map(Path::toString).toList()).diagnostics().stream()
        .allMatch(d -> d.severity() == Severity.INFO), "only infos are accepted");
  }

  /** A spec field (`memory.policy`, `parallelSyncs: 1`) in a hint would send an audit user to a file they lack. */
  static final Pattern SPEC_FIELD = Pattern.compile(
      "`(memory|sentinel|proxy|auth|nodes|replication|persistence|networkPolicy|check)\\.[A-Za-z.]+`?|`[a-z]+[A-Z][A-Za-z]*[`:]");

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void hintsNameTheDirectiveToChangeNotASpecField(String name) throws IOException {
    List<Path> inputs = inputs(CORPUS.resolve(name).resolve("before"));
    for (Diagnostic d : new Auditor().audit(inputs, inputs.stream().map(Path::toString).toList()).diagnostics()) {
      assertFalse(d.hint() == null || SPEC_FIELD.matcher(d.hint()).find(), d.code() + ": " + d.hint());
    }
  }

  /** What a case audits: its manifest or compose files when it has any, else its host directories. */
  static List<Path> inputs(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      List<Path> all = entries.sorted().toList();
      List<Path> yaml = all.stream().filter(p -> p.toString().endsWith(".yaml")).toList();
      return yaml.isEmpty() ? all.stream().filter(Files::isDirectory).toList() : yaml;
    }
  }

  private static List<String> findings(Path dir) throws IOException {
    List<Path> inputs = inputs(dir);
    AuditResult result = new Auditor().audit(inputs, inputs.stream().map(Path::toString).toList());
    String prefix = dir + "/";
    return result.diagnostics().stream()
        .map(d -> d.code() + " " + d.file().substring(prefix.length()) + ":" + d.span().line())
        .toList();
  }
}
