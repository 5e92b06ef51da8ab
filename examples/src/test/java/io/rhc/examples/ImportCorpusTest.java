package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.ImportResult;
import io.rhc.Importer;
import io.rhc.diag.Diagnostic;
import io.rhc.emit.TargetRegistry;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rhc import} of every case of the audit corpus (before and after) and of the chart values fixtures under
 * {@code import/}: the spec validates and compiles for the target its material is for, the same input gives the
 * same bytes, and chosen comments are pinned. Partial material (one host's haproxy.cfg, or a redis.conf without
 * sentinels) does not show the hosts of every role, so it names no target; it is compiled for compose. The fixtures are hand-written in the shape of the published default
 * values.yaml of DandyDeveloper redis-ha 4.39.0 and Bitnami redis 23.1.1 (read from the charts' repositories).
 */
class ImportCorpusTest {
  static Stream<String> material() throws IOException {
    List<String> cases = new ArrayList<>();
    AuditCorpusTest.cases().forEach(c -> {
      cases.add(c + "/before");
      cases.add(c + "/after");
    });
    cases.add("import/dandydeveloper-redis-ha-values.yaml");
    cases.add("import/bitnami-redis-values.yaml");
    return cases.stream().filter(c -> !c.equals("inline-comments/before") && !c.equals("two-sentinels/before"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("material")
  void importsToASpecThatValidatesAndCompiles(String material) throws IOException {
    ImportResult imported = importOf(material);
    assertTrue(imported.spec().isPresent(), imported.diagnostics().toString());
    assertEquals(List.of(), imported.diagnostics());
    SourceFile spec = new SourceFile("imported.yaml", imported.spec().get());
    assertFalse(new Compiler().validate(spec).hasErrors());
    String target = imported.target().orElse("compose");
    CompilationResult compiled = new Compiler().compile(spec,
        List.of(TargetRegistry.load().find(target).orElseThrow()));
    assertFalse(compiled.hasErrors(), compiled.diagnostics().toString());
    assertFalse(compiled.artifacts().get(target).isEmpty());
    assertEquals(imported.spec(), importOf(material).spec(), "same input, same bytes");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "import/dandydeveloper-redis-ha-values.yaml|    downAfter: 10s # import/dandydeveloper-redis-ha-values.yaml:35;"
          + " rhc's default is 5s",
      "import/dandydeveloper-redis-ha-values.yaml|    limit: 64Gi # not in the material: choose",
      "import/dandydeveloper-redis-ha-values.yaml|      rdbcompression: 'yes' # import/dandydeveloper-redis-ha-values.yaml:27",
      "import/bitnami-redis-values.yaml|      enabled: false # import/bitnami-redis-values.yaml:15; rhc's default is true",
      "import/bitnami-redis-values.yaml|    limit: 192Mi # import/bitnami-redis-values.yaml:29",
      "two-sentinels/after|#   audit/two-sentinels/after/redis-1.lxd/redis.conf:1 `bind 0.0.0.0`: rhc writes it: each"
          + " node listens on the address its target gives it; rhc writes `bind` from the host layout",
      "two-sentinels/after|    quorum: 2 # audit/two-sentinels/after/redis-1.lxd/sentinel.conf:4",
      "two-sentinels/after|    backlogSize: 1Mi # Redis' default: not set in"
          + " audit/two-sentinels/after/redis-1.lxd/redis.conf; rhc's default is 64mb, the running value is kept",
      "ip-sentinels/before|  # running: false (audit/ip-sentinels/before/redis-1.lxd/sentinel.conf:2); rhc's default for"
          + " `sentinel.resolveHostnames` is kept: RHC3003 `sentinel resolve-hostnames` is off"})
  void commentsNameTheSourceLine(String material, String line) throws IOException {
    String spec = importOf(material).spec().orElseThrow();
    assertTrue(spec.lines().anyMatch(line::equals), "no line\n" + line + "\nin\n" + spec);
  }

  @Test
  void materialRedisWouldRefuseIsAPositionedErrorAndNoSpec() throws IOException {
    ImportResult imported = importOf("inline-comments/before");
    assertTrue(imported.spec().isEmpty());
    Diagnostic first = imported.diagnostics().get(0);
    assertEquals("RHC0502 audit/inline-comments/before/redis-master/redis.conf:4:18",
        first.code() + " " + first.file() + ":" + first.span());
  }

  @Test
  void aChoiceOnlyTheUserCanMakeStaysAnErrorOfTheWrittenSpec() throws IOException {
    ImportResult imported = importOf("two-sentinels/before");
    assertTrue(imported.spec().isPresent());
    assertEquals(List.of("RHC3001 spec.sentinel.count"), imported.diagnostics().stream()
        .map(d -> d.code() + " " + d.path()).distinct().toList());
    assertFalse(new Compiler().validate(new SourceFile("imported.yaml", imported.spec().get())).hasErrors());
  }

  private static ImportResult importOf(String material) throws IOException {
    List<Path> inputs = material.startsWith("import/") ? List.of(Path.of(material))
        : AuditCorpusTest.inputs(AuditCorpusTest.CORPUS.resolve(material));
    return new Importer().importFrom(inputs, inputs.stream().map(Path::toString).toList(), Optional.empty());
  }
}
