package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two charts users copy most, as {@code helm template} renders them with default values. Helm and the chart
 * registries are not reachable from this build, so {@code examples/audit-charts/} holds hand-written manifests of
 * the same shape (objects, names, mounts, config keys of the charts' templates; the values their defaults), as each
 * file's header says. Audited from stdin as a pipe from {@code helm template} would be: no crash, exactly the
 * findings a reviewer agrees with, every kind not audited a note.
 */
class ChartShapesAuditTest {
  private static final Path CHARTS = Path.of("audit-charts");

  private static final Map<String, List<String>> EXPECTED = Map.of(
      // parallel-syncs 5 resyncs every replica at once; haproxy.enabled=false leaves clients the headless Service
      // over every pod
      "dandydeveloper-redis-ha.yaml", List.of("RHC3009 44", "RHC4001 157"),
      // the default master name; the client Service `redis` over every node; resourcesPreset nano asks 128Mi of a
      // 192Mi limit
      "bitnami-redis.yaml", List.of("RHC1001 90", "RHC4001 150", "RHC2004 218"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dandydeveloper-redis-ha.yaml", "bitnami-redis.yaml"})
  void auditsFromStdinWithTheFindingsAReviewerAgreesWith(String chart) throws Exception {
    String rendered = Files.readString(CHARTS.resolve(chart));
    AuditResult result = new Auditor().audit(List.of(Path.of("-")), List.of("-"), Optional.of(rendered));
    assertEquals(EXPECTED.get(chart), result.diagnostics().stream()
        .map(d -> d.code() + " " + d.span().line()).toList());
    assertTrue(result.diagnostics().stream().allMatch(d -> d.file().equals("<stdin>")));
    result.diagnostics().forEach(d -> assertTrue(!AuditCorpusTest.SPEC_FIELD.matcher(d.hint()).find(), d.hint()));
    assertTrue(result.notes().stream().anyMatch(n -> n.text().equals("kind PodDisruptionBudget is not audited")),
        result.notes().toString());
    assertTrue(result.notEvaluated().stream().noneMatch(n -> List.of("RHC4001", "RHC3009", "RHC1003")
        .contains(n.rule())), "the manifests show what these rules read");
  }
}
