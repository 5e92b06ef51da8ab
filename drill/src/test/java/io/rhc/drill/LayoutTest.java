package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.emit.TargetRegistry;
import io.rhc.model.SecretRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutTest {
  @Test
  void systemdSpecsKeepTheirHosts() throws Exception {
    Layout layout = Layout.of(LiveDrill.example("veza-systemd"));
    assertEquals("systemd", layout.kind());
    assertEquals(List.of("redis-1.lxd", "redis-2.lxd", "redis-3.lxd"), layout.nodes());
    assertEquals(layout.nodes(), layout.proxies());
  }

  @Test
  void kubernetesSpecsGetPodDnsNamesAndProxyHosts() throws Exception {
    Layout layout = Layout.of(LiveDrill.example("gateway-k8s"));
    assertEquals("kubernetes", layout.kind());
    assertEquals(List.of("redis-gateway-0.redis-gateway-headless.kubernaut-system.svc.cluster.local",
        "redis-gateway-1.redis-gateway-headless.kubernaut-system.svc.cluster.local",
        "redis-gateway-2.redis-gateway-headless.kubernaut-system.svc.cluster.local"), layout.nodes());
    assertEquals(layout.nodes(), layout.sentinels(), "co-located sentinels");
    assertEquals(List.of("redis-gateway-haproxy-0", "redis-gateway-haproxy-1"), layout.proxies());
    assertEquals(Optional.of(new SecretRef.File(Layout.REDIS_PASSWORD_FILE)), layout.spec().auth().password(),
        "the Kubernetes Secret becomes a file the drill writes");
  }

  @Test
  void composeSpecsGetServiceNamesAndDedicatedSentinels() throws Exception {
    Layout layout = Layout.of(LiveDrill.example("odoo-compose"));
    assertEquals("compose", layout.kind());
    assertEquals(List.of("odoo19-redis-redis-0", "odoo19-redis-redis-1", "odoo19-redis-redis-2"), layout.nodes());
    assertEquals(List.of("odoo19-redis-sentinel-0", "odoo19-redis-sentinel-1", "odoo19-redis-sentinel-2"),
        layout.sentinels());
    assertEquals(List.of("odoo19-redis-haproxy-0", "odoo19-redis-haproxy-1"), layout.proxies());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"gateway-k8s", "homelab-k8s", "odoo-compose", "veza-systemd"})
  void theSystemdTargetLaysOutEveryExample(String example) throws Exception {
    Layout layout = Layout.of(LiveDrill.example(example));
    Diagnostics diagnostics = new Diagnostics();
    List<Artifact> files = TargetRegistry.load().find("systemd").orElseThrow()
        .emit(layout.spec(), new EmitContext(diagnostics));
    assertFalse(diagnostics.hasErrors(), () -> diagnostics.all().toString());
    for (String host : layout.nodes()) {
      assertTrue(files.stream().anyMatch(f -> f.path().equals(host + "/etc/systemd/system/rhc-"
          + layout.spec().name() + "-redis.service")), host);
    }
  }
}
