package io.rhc.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.ByteSize;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExamplesResolveTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"homelab-k8s", "gateway-k8s", "veza-systemd", "odoo-compose"})
  void exampleResolvesWithoutDiagnostics(String example) {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.example(example));
    assertTrue(resolved.spec().memory().budget().fits());
  }

  @Test
  void homelabBudgetIsTheSeedFix() {
    Spec spec = ResolveFixtures.resolveClean(ResolveFixtures.example("homelab-k8s")).spec();
    assertEquals(ByteSize.ofMiB(716), spec.memory().budget().total());
    assertEquals(ByteSize.ofMiB(576), spec.memory().budget().datasetCapacity());
    assertEquals(ByteSize.ofMiB(52), spec.memory().budget().spare());
  }

  @Test
  void odooReplicasSkipRdbButKeepAofAndItsBuffer() {
    Spec spec = ResolveFixtures.resolveClean(ResolveFixtures.example("odoo-compose")).spec();
    assertTrue(!spec.persistence().replicaRdb().enabled() && spec.persistence().replicaAof().enabled());
    assertEquals(ByteSize.ofMiB(4), spec.memory().budget().lines().get(3).amount());
  }

  @Test
  void vezaHostsRunEveryNode() {
    Spec spec = ResolveFixtures.resolveClean(ResolveFixtures.example("veza-systemd")).spec();
    assertEquals(3, spec.systemd().orElseThrow().hosts().size());
  }
}
