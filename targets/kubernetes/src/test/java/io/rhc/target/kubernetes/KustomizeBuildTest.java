package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code kubectl kustomize} (the build {@code kubectl apply -k} runs, no cluster needed) accepts the
 * output directory of every deployable case; its result decodes strictly, every object lands in
 * the spec's namespace, and every ConfigMap reference points at a generated ConfigMap.
 */
class KustomizeBuildTest {
  private static final String KUBECTL = "/usr/bin/kubectl";

  static Stream<Arguments> deployable() {
    return Cases.deployable();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployable")
  void kustomizeBuildsTheOutput(String name, ExampleSpec spec, @TempDir Path dir) throws Exception {
    Spec s = spec.spec();
    Emitted.of(s).writeTo(dir);
    String built = kustomize(dir);
    List<Object> objects = StrictManifests.decode(built);

    Map<String, ConfigMap> configMaps = new TreeMap<>();
    List<PodSpec> pods = new ArrayList<>();
    for (Object o : objects) {
      if (o instanceof HasMetadata m) {
        assertEquals(s.metadata().namespace(), m.getMetadata().getNamespace(), m.getKind() + " " + m.getMetadata().getName());
        assertEquals("rhc", m.getMetadata().getLabels().get("app.kubernetes.io/managed-by"));
      }
      if (o instanceof ConfigMap c) {
        configMaps.put(c.getMetadata().getName(), c);
      } else if (o instanceof StatefulSet set) {
        pods.add(set.getSpec().getTemplate().getSpec());
      } else if (o instanceof Deployment d) {
        pods.add(d.getSpec().getTemplate().getSpec());
      } else if (o instanceof CronJob j) {
        pods.add(j.getSpec().getJobTemplate().getSpec().getTemplate().getSpec());
      }
    }
    assertTrue(configMaps.keySet().stream().allMatch(n -> n.matches(".+-[a-z0-9]{10}")),
        "generated names carry a content hash: " + configMaps.keySet());
    for (PodSpec pod : pods) {
      for (Volume v : pod.getVolumes()) {
        if (v.getConfigMap() != null) {
          assertTrue(configMaps.containsKey(v.getConfigMap().getName()),
              v.getConfigMap().getName() + " is one of " + configMaps.keySet());
        }
      }
    }
    ConfigMap config = configMaps.values().stream()
        .filter(c -> c.getMetadata().getName().startsWith(s.name() + "-config-")).findFirst().orElseThrow();
    assertTrue(config.getData().keySet().containsAll(Set.of("cluster.env", "redis.conf", "sentinel.conf",
        "rhc-init.sh", "rhc-lib.sh", "rhc-prestop.sh", "rhc-probe.sh")), config.getData().keySet().toString());
  }

  private static String kustomize(Path dir) throws IOException, InterruptedException {
    Path out = dir.resolveSibling(dir.getFileName() + ".out");
    Path err = dir.resolveSibling(dir.getFileName() + ".err");
    Process p = new ProcessBuilder(KUBECTL, "kustomize", dir.toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("kubectl kustomize did not finish within 60 s");
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "kubectl kustomize failed: " + stderr);
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    Files.delete(err);
    return stdout;
  }

}
