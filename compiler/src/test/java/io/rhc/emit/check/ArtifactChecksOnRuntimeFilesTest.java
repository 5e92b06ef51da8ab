package io.rhc.emit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.runtime.Peers;
import io.rhc.emit.runtime.RuntimeFiles;
import io.rhc.emit.runtime.RuntimeLayout;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The real runtime files every target ships pass every artifact check (no false positives). */
class ArtifactChecksOnRuntimeFilesTest {
  static Stream<Arguments> specs() {
    return Stream.of(
        Arguments.of("homelab-no-auth", ExampleSpec.spec("homelab-k8s")),
        Arguments.of("password-auth", ExampleSpec.of("homelab-k8s").set("spec.auth.mode", "password")
            .setYaml("spec.auth.password", "{ env: REDIS_PASSWORD }").spec()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specs")
  void generatedFilesPassEveryCheck(String name, Spec spec) {
    List<String> nodes = List.of("redis-v2-0.redis-v2-headless.redis.svc.cluster.local",
        "redis-v2-1.redis-v2-headless.redis.svc.cluster.local", "redis-v2-2.redis-v2-headless.redis.svc.cluster.local");
    Peers peers = new Peers(nodes, nodes, List.of());
    List<Artifact> files = new ArrayList<>(RuntimeFiles.configFiles(spec, peers,
        new RuntimeLayout("/etc/redis-ha", "/data/conf", "/data", Optional.empty())));
    files.add(RuntimeFiles.haproxyConfig(spec, peers, Optional.empty()));
    Diagnostics diagnostics = new Diagnostics();
    ArtifactChecks.run("kubernetes", files, diagnostics);
    assertEquals(List.of(), diagnostics.all());
  }
}
