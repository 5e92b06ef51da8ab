package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.Severity;
import io.rhc.source.SourceFile;
import io.rhc.testkit.ExampleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A maxmemory rhc derives must not draw its own sizing warnings (issue 20): over limits from 64Mi to 64Gi and the
 * inputs the budget depends on (persistence, replicas, write-heavy data, the replica buffer), the sizing rules
 * report at most infos — or the resolver's RHC0207 error that the limit is too small, naming the limit that is not.
 */
class DerivedSizingLintsCleanTest {
  private static final Set<String> SIZING = Set.of("RHC0206", "RHC0207", "RHC2001", "RHC2002");
  private static final String[] LIMITS = {"64Mi", "80Mi", "96Mi", "100Mi", "128Mi", "200Mi", "256Mi", "300Mi",
      "333Mi", "512Mi", "768Mi", "1000Mi", "1Gi", "1500Mi", "2Gi", "3Gi", "5Gi", "8Gi", "13Gi", "16Gi", "32Gi",
      "50Gi", "64Gi"};

  /** The shapes of node the budget tells apart. */
  private enum Shape {
    RDB_AND_AOF_TWO_REPLICAS, RDB_ONLY_ONE_REPLICA, NO_PERSISTENCE_TWO_REPLICAS, WRITE_HEAVY, BIG_REPLICA_BUFFER,
    STANDALONE_CACHE
  }

  static Stream<Arguments> inputs() {
    List<Arguments> all = new ArrayList<>();
    for (Shape shape : Shape.values()) {
      for (String limit : LIMITS) {
        all.add(Arguments.of(shape, limit));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("inputs")
  void derivedSizingDrawsNoSizingWarning(Shape shape, String limit) {
    List<Diagnostic> sizing = sizing(variant(shape, limit));
    for (Diagnostic d : sizing) {
      boolean tooSmall = d.code().equals("RHC0207") && d.isError() && d.hint().contains("Raise `memory.limit` to at "
          + "least");
      assertTrue(d.severity() == Severity.INFO || tooSmall, shape + " " + limit + ": " + d);
    }
  }

  @Test
  void theIssuesExample256MiLimitDerivesACleanMaxmemory() {
    ExampleSpec s = variant(Shape.RDB_AND_AOF_TWO_REPLICAS, "256Mi");
    assertEquals("192mb", s.spec().memory().maxmemory().redis(), "the limit minus the 64mb replica soft limit");
    assertEquals(List.of("RHC2002 info"), sizing(s).stream().map(d -> d.code() + " " + d.severity().label()).toList(),
        "only the note that a burst to the 256mb hard limit would not fit");
  }

  @Test
  void aMaxmemoryJustAboveTheErrorThresholdNeverReadsAsTheThreshold() {
    ExampleSpec s = RuleCasesTest.BASE.set("spec.memory.limit", "16Gi").set("spec.memory.request", "16Gi")
        .set("spec.memory.maxmemory", "14800mb").set("spec.persistence.volume.size", "48Gi");
    Diagnostic d = sizing(s).stream().filter(x -> x.code().equals("RHC2001")).findFirst().orElseThrow();
    assertEquals("`maxmemory` 14800mb is 90.3% of the 16Gi memory limit, above the 90% error threshold", d.summary());
  }

  private static ExampleSpec variant(Shape shape, String limit) {
    ExampleSpec s = RuleCasesTest.BASE.remove("spec.memory.maxmemory").set("spec.memory.limit", limit)
        .set("spec.memory.request", limit).set("spec.persistence.volume.size", "256Gi");
    return switch (shape) {
      case RDB_AND_AOF_TWO_REPLICAS -> s.setYaml("spec.persistence.aof", "{ fsync: everysec }");
      case RDB_ONLY_ONE_REPLICA -> s.set("spec.nodes.count", 2);
      case NO_PERSISTENCE_TWO_REPLICAS -> s.setYaml("spec.persistence.rdb", "{ enabled: false }");
      case WRITE_HEAVY -> s.set("spec.memory.writeHeavy", true);
      case BIG_REPLICA_BUFFER -> s.setYaml("spec.replication.replicaOutputBuffer",
          "{ hard: 512mb, soft: 256mb, softSeconds: 60 }");
      case STANDALONE_CACHE -> s.set("spec.nodes.count", 1).setYaml("spec.persistence.rdb", "{ enabled: false }");
    };
  }

  private static List<Diagnostic> sizing(ExampleSpec s) {
    return new Compiler().check(new SourceFile("sizing.yaml", s.yaml())).diagnostics().stream()
        .filter(d -> SIZING.contains(d.code())).toList();
  }
}
