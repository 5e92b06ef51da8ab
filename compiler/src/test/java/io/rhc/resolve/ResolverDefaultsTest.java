package io.rhc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.ByteSize;
import io.rhc.model.EngineVersion;
import io.rhc.model.Origin;
import io.rhc.model.Origin.Kind;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResolverDefaultsTest {
  private static final String DEFAULT = "";

  private static Arguments of(String name, String overlay, Function<Spec, Object> value, Object expected,
      String path, Kind kind, String detail) {
    return Arguments.of(name, overlay, value, expected, path, kind, detail);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        of("quorum-derived-majority-of-count", "sentinel: {placement: dedicated, count: 5}",
            s -> s.sentinel().quorum(), 3, "spec.sentinel.quorum", Kind.DERIVED, "majority of 5 sentinels"),
        of("quorum-from-file", "sentinel: {quorum: 3}",
            s -> s.sentinel().quorum(), 3, "spec.sentinel.quorum", Kind.USER, DEFAULT),
        of("colocated-count-derived-from-nodes", "nodes: {count: 5}",
            s -> s.sentinel().count(), 5, "spec.sentinel.count", Kind.DERIVED,
            "one beside each of the 5 data nodes"),
        of("dedicated-count-derived-three", "nodes: {count: 2}\nsentinel: {placement: dedicated}",
            s -> s.sentinel().count(), 3, "spec.sentinel.count", Kind.DERIVED,
            "3 dedicated sentinels survive one loss"),
        of("request-defaults-to-limit", "",
            s -> s.memory().request(), ByteSize.ofMiB(768), "spec.memory.request", Kind.DERIVED,
            "equals `memory.limit` (Guaranteed QoS)"),
        of("maxmemory-derived-from-budget", "",
            s -> s.memory().maxmemory(), ByteSize.ofMiB(652), "spec.memory.maxmemory", Kind.DERIVED,
            "85% of the limit, the most that leaves fork headroom (RHC2001)"),
        of("maxmemory-derived-from-budget-below-the-caps", "memory: {writeHeavy: true}",
            s -> s.memory().maxmemory(), ByteSize.ofMiB(504), "spec.memory.maxmemory", Kind.DERIVED,
            "memory budget: what the limit leaves after 50% fork reserve, buffers and process baseline"),
        of("maxmemory-percentage-of-limit", "memory: {maxmemory: '80%'}",
            s -> s.memory().maxmemory(), ByteSize.ofBytes(644_245_094L / ByteSize.MIB * ByteSize.MIB),
            "spec.memory.maxmemory", Kind.DERIVED, "`80%` of `memory.limit`, floored to a whole MiB"),
        of("maxmemory-from-file", "memory: {maxmemory: 640mb}",
            s -> s.memory().maxmemory(), ByteSize.ofMiB(640), "spec.memory.maxmemory", Kind.USER, DEFAULT),
        of("down-after-schema-default", "",
            s -> s.sentinel().downAfter(), Duration.ofSeconds(5), "spec.sentinel.downAfter", Kind.DEFAULT, DEFAULT),
        of("default-inside-omitted-section", "",
            s -> s.proxy().check().fall(), 2, "spec.proxy.check.fall", Kind.DEFAULT, DEFAULT),
        of("default-beside-given-sibling", "proxy: {check: {interval: 2s}}",
            s -> s.proxy().check().rise(), 2, "spec.proxy.check.rise", Kind.DEFAULT, DEFAULT),
        of("save-points-default-list", "",
            s -> s.persistence().rdb().savePoints().get(1).changes(), 100L,
            "spec.persistence.rdb.savePoints[1].changes", Kind.DEFAULT, DEFAULT),
        of("replica-aof-same-as-master", "persistence: {aof: {fsync: always}}",
            s -> s.persistence().replicaAof().fsync().id(), "always", "spec.persistence.replicas.aof.fsync",
            Kind.DERIVED, "same as `persistence.aof.fsync`"),
        of("replica-rdb-difference-from-file", "persistence: {replicas: {rdb: {enabled: false}}}",
            s -> s.persistence().replicaRdb().enabled(), false, "spec.persistence.replicas.rdb.enabled",
            Kind.USER, DEFAULT),
        of("replica-save-points-same-as-master", "persistence: {replicas: {rdb: {enabled: false}}}",
            s -> s.persistence().replicaRdb().savePoints().size(), 3,
            "spec.persistence.replicas.rdb.savePoints[2].after", Kind.DERIVED, "same as `persistence.rdb.savePoints`"),
        of("redis-image-derived", "",
            s -> s.engine().image(), "redis:7.4.2-alpine", "spec.engine.image", Kind.DERIVED,
            "official redis image of version 7.4.2"),
        of("valkey-image-derived", "engine: {type: valkey, version: '8.0.1'}",
            s -> s.engine().image(), "valkey/valkey:8.0.1-alpine", "spec.engine.image", Kind.DERIVED,
            "official valkey image of version 8.0.1"),
        of("sentinel-image-from-engine", "engine: {image: 'registry.local/redis:7.4.2'}",
            s -> s.sentinel().image(), "registry.local/redis:7.4.2", "spec.sentinel.image", Kind.DERIVED,
            "`engine.image`"),
        of("sentinel-version-from-engine", "",
            s -> s.sentinel().version(), new EngineVersion(7, 4, 2), "spec.sentinel.version", Kind.DERIVED,
            "`engine.version`"),
        of("master-name-from-metadata", "",
            s -> s.sentinel().masterName(), "cache", "spec.sentinel.masterName", Kind.DERIVED, "`metadata.name`"),
        of("service-name-from-metadata", "",
            s -> s.kubernetes().serviceName(), "cache", "spec.kubernetes.serviceName", Kind.DERIVED,
            "`metadata.name`"),
        of("compose-project-from-metadata", "",
            s -> s.compose().project(), "cache", "spec.compose.project", Kind.DERIVED, "`metadata.name`"),
        of("compose-prefix-from-metadata", "",
            s -> s.compose().servicePrefix(), "cache", "spec.compose.servicePrefix", Kind.DERIVED, "`metadata.name`"),
        of("proxy-min-available-one-less", "proxy: {replicas: 3}",
            s -> s.proxy().minAvailable(), 2, "spec.proxy.minAvailable", Kind.DERIVED, "`proxy.replicas` − 1"),
        of("volume-size-three-limits", "",
            s -> s.persistence().volume().size(), ByteSize.ofMiB(3 * 768), "spec.persistence.volume.size",
            Kind.DERIVED, "3 × `memory.limit`"),
        of("queue-must-survive", "dataClasses: [{name: jobs, kind: queue}]",
            s -> s.dataClasses().get(0).mustSurvive(), true, "spec.dataClasses[0].mustSurvive", Kind.DERIVED,
            "queue data must survive"),
        of("cache-may-be-lost", "dataClasses: [{name: c, kind: cache}]",
            s -> s.dataClasses().get(0).mustSurvive(), false, "spec.dataClasses[0].mustSurvive", Kind.DERIVED,
            "cache data can be rebuilt"),
        of("blocking-timeout-of-library", "dataClasses: [{name: q, kind: queue, library: bullmq}]",
            s -> s.dataClasses().get(0).blockingTimeout(), Optional.of(Duration.ofSeconds(10)),
            "spec.dataClasses[0].blockingTimeout", Kind.DERIVED, "default blocking wait of bullmq"),
        of("node-version-from-engine", "",
            s -> s.nodes().list().get(2).version(), new EngineVersion(7, 4, 2), "spec.nodes.list[2].version",
            Kind.DERIVED, "`engine.version`"),
        of("node-version-from-override", "nodes: {overrides: [{index: 1, version: '7.2.7'}]}",
            s -> s.nodes().list().get(1).version(), new EngineVersion(7, 2, 7), "spec.nodes.list[1].version",
            Kind.USER, "nodes.overrides[0]"),
        of("overridden-version-gets-its-own-image", "nodes: {overrides: [{index: 1, version: '7.2.7'}]}",
            s -> s.nodes().list().get(1).image(), "redis:7.2.7-alpine", "spec.nodes.list[1].image",
            Kind.DERIVED, "official image of the node's version"),
        of("node-priority-from-nodes", "nodes: {replicaPriority: 10}",
            s -> s.nodes().list().get(0).replicaPriority(), 10, "spec.nodes.list[0].replicaPriority",
            Kind.DERIVED, "`nodes.replicaPriority`"),
        of("namespace-default", "",
            s -> s.metadata().namespace(), "default", "metadata.namespace", Kind.DEFAULT, DEFAULT),
        of("empty-labels-default", "",
            s -> s.metadata().labels().size(), 0, "metadata.labels", Kind.DEFAULT, DEFAULT),
        of("lint-threshold-default", "",
            s -> s.lint().thresholds().maxmemoryWarningPercent(), 85,
            "spec.lint.thresholds.maxmemoryWarningPercent", Kind.DEFAULT, DEFAULT),
        of("secret-reference-from-file", "auth: {mode: password, password: {env: REDIS_PASSWORD}}",
            s -> s.auth().password().isPresent(), true, "spec.auth.password.env", Kind.USER, DEFAULT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolvesValueAndOrigin(String name, String overlay, Function<Spec, Object> value, Object expected,
      String path, Kind kind, String detail) {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.spec(overlay));
    assertEquals(expected, value.apply(resolved.spec()));
    assertEquals(new Origin(kind, detail), resolved.origins().get(SpecPath.parse(path)), "origin of " + path);
  }

  @Test
  void aofOnlyOnReplicasCountsTheAofBufferAndAForkReserve() {
    Spec spec = ResolveFixtures.resolveClean(ResolveFixtures.spec(
        "persistence: {rdb: {enabled: false}, aof: {enabled: false}, replicas: {aof: {enabled: true}}}")).spec();
    assertEquals(ByteSize.ofMiB(4), spec.memory().budget().lines().get(3).amount());
    assertEquals(spec.memory().maxmemory().percent(10), spec.memory().budget().lines().get(1).amount());
  }

  @Test
  void systemdSettingsOnlyWithASystemdSection() {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.spec(""));
    assertTrue(resolved.spec().systemd().isEmpty());
    assertTrue(resolved.origins().keySet().stream().noneMatch(p -> p.toString().startsWith("spec.systemd")));
  }

  @Test
  void everyOriginIsUnderMetadataOrSpec() {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.example("homelab-k8s"));
    assertTrue(resolved.origins().size() > 100, "only " + resolved.origins().size() + " origins");
    resolved.origins().keySet().forEach(p -> assertTrue(
        p.segments().get(0).equals("spec") || p.segments().get(0).equals("metadata"), p.toString()));
  }
}
