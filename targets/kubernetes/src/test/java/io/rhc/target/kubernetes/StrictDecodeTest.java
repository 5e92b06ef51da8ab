package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.rhc.emit.Artifact;
import io.rhc.model.Spec;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every manifest of every deployable case decodes strictly, and its pods keep the security baseline. */
class StrictDecodeTest {

  static Stream<Arguments> deployable() {
    return Cases.deployable();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployable")
  void everyManifestDecodesStrictly(String name, ExampleSpec spec) throws IOException {
    Emitted emitted = Emitted.of(spec.spec());
    assertFalse(emitted.manifests().isEmpty());
    for (Artifact manifest : emitted.manifests()) {
      List<Object> objects = StrictManifests.decode(manifest.content());
      assertFalse(objects.isEmpty(), manifest.path());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployable")
  void podsRunLockedDown(String name, ExampleSpec spec) throws IOException {
    List<PodSpec> pods = pods(Emitted.of(spec.spec()));
    assertFalse(pods.isEmpty());
    for (PodSpec pod : pods) {
      assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken());
      assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
      List<Container> containers = new ArrayList<>(pod.getContainers());
      containers.addAll(pod.getInitContainers());
      for (Container c : containers) {
        assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), c.getName());
        assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), c.getName());
        assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), c.getName());
        assertNotNull(c.getResources().getLimits().get("memory"), c.getName() + " has a memory limit");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployable")
  void dataNodesGetGuaranteedMemoryAndAHandOverBeforeTheGracePeriodEnds(String name, ExampleSpec spec)
      throws IOException {
    Spec s = spec.spec();
    StatefulSet set = (StatefulSet) StrictManifests.decode(Emitted.of(s).file("statefulset.yaml").content())
        .get(0);
    PodSpec pod = set.getSpec().getTemplate().getSpec();
    Container redis = pod.getContainers().get(0);
    assertEquals("redis", redis.getName());
    assertEquals(s.memory().request().kubernetes(), redis.getResources().getRequests().get("memory").toString());
    assertEquals(s.memory().limit().kubernetes(), redis.getResources().getLimits().get("memory").toString());
    long grace = pod.getTerminationGracePeriodSeconds();
    assertEquals(s.kubernetes().terminationGracePeriod().toSeconds(), grace);
    String stopTimeout = redis.getEnv().stream().filter(e -> e.getName().equals("RHC_STOP_TIMEOUT")).findFirst()
        .orElseThrow().getValue();
    assertTrue(Long.parseLong(stopTimeout) < grace, "RHC_STOP_TIMEOUT " + stopTimeout + " below " + grace);
    assertEquals(List.of("sh", "/etc/rhc/rhc-prestop.sh"), redis.getLifecycle().getPreStop().getExec().getCommand());
  }

  @Test
  void anUnknownFieldDeepInAPodIsRejected() {
    String yaml = statefulSet().replace("          image: ", "          imagePullPolicyy: Always\n          image: ");
    IOException e = assertThrows(IOException.class, () -> StrictManifests.decode(yaml));
    assertTrue(e.getMessage().contains("imagePullPolicyy"), e.getMessage());
  }

  @Test
  void aQuotedNumberIsRejected() {
    String yaml = statefulSet().replace("  replicas: 3", "  replicas: \"3\"");
    assertThrows(IOException.class, () -> StrictManifests.decode(yaml));
  }

  @Test
  void aQuotedBooleanIsRejected() {
    String yaml = statefulSet().replace("runAsNonRoot: true", "runAsNonRoot: \"true\"");
    assertThrows(IOException.class, () -> StrictManifests.decode(yaml));
  }

  @Test
  void aNumberWhereAStringBelongsIsRejected() {
    String yaml = statefulSet().replace("value: \"50\"", "value: 50");
    assertThrows(IOException.class, () -> StrictManifests.decode(yaml));
  }

  @Test
  void anUnknownKindIsRejected() {
    String yaml = statefulSet().replace("kind: StatefulSet", "kind: StatefulSett");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrictManifests.decode(yaml));
    assertTrue(e.getMessage().contains("apps/v1/StatefulSett"), e.getMessage());
  }

  @Test
  void anUnknownFieldInThePrometheusRuleIsRejected() {
    String rules = Emitted.of(ExampleSpec.spec("homelab-k8s")).file("prometheusrule.yaml").content()
        .replace("          for: 1m", "          for: 1m\n          keep_firing_forr: 1m");
    assertThrows(IOException.class, () -> StrictManifests.decode(rules));
  }

  private static String statefulSet() {
    String yaml = Emitted.of(ExampleSpec.spec("homelab-k8s")).file("statefulset.yaml").content();
    assertTrue(yaml.contains("  replicas: 3") && yaml.contains("value: \"50\""), "fixture still fits the golden");
    return yaml;
  }

  private static List<PodSpec> pods(Emitted emitted) throws IOException {
    List<PodSpec> pods = new ArrayList<>();
    for (Artifact manifest : emitted.manifests()) {
      for (Object o : StrictManifests.decode(manifest.content())) {
        if (o instanceof StatefulSet s) {
          pods.add(s.getSpec().getTemplate().getSpec());
        } else if (o instanceof Deployment d) {
          pods.add(d.getSpec().getTemplate().getSpec());
        } else if (o instanceof CronJob j) {
          pods.add(j.getSpec().getJobTemplate().getSpec().getTemplate().getSpec());
        }
      }
    }
    return pods;
  }
}
