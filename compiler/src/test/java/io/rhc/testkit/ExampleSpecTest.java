package io.rhc.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.model.SecretRef;
import io.rhc.model.Spec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExampleSpecTest {
  static List<String> names() {
    return ExampleSpec.names();
  }

  @Test
  void findsEveryExample() {
    assertEquals(List.of("gateway-k8s", "homelab-k8s", "odoo-compose", "veza-systemd"), ExampleSpec.names());
  }

  /** Loading and writing the YAML back changes no value: SnakeYAML's YAML 1.1 reading must not alter a scalar. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void aRewrittenExampleResolvesToTheSameSpec(String name) {
    Spec original = ExampleSpec.spec(name);
    ExampleSpec rewritten = ExampleSpec.of(name).set("metadata.name", original.name());
    assertNotEquals(ExampleSpec.of(name).yaml(), rewritten.yaml());
    assertEquals(original, rewritten.spec());
  }

  @Test
  void setChangesOneSettingAndLeavesTheExampleAlone() {
    ExampleSpec veza = ExampleSpec.of("veza-systemd");
    Spec moved = veza.set("spec.proxy.port", 6381).set("spec.systemd.hosts[2].name", "redis-9.lxd").spec();
    assertEquals(6381, moved.proxy().port());
    assertEquals("redis-9.lxd", moved.systemd().orElseThrow().hosts().get(2).name());
    assertEquals(6380, veza.spec().proxy().port());
  }

  @Test
  void setYamlAndRemove() {
    Spec env = ExampleSpec.of("veza-systemd").setYaml("spec.auth.password", "{ env: REDIS_PASSWORD }").spec();
    assertEquals(Optional.of(new SecretRef.Env("REDIS_PASSWORD")), env.auth().password());
    assertTrue(ExampleSpec.of("veza-systemd").remove("spec.systemd").spec().systemd().isEmpty());
  }

  @Test
  void aVariantThatDoesNotResolveFailsWithItsDiagnostics() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ExampleSpec.of("veza-systemd").set("spec.sentinel.count", "three").spec());
    assertTrue(e.getMessage().contains("spec.sentinel.count"), e.getMessage());
  }

  @Test
  void badPathsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ExampleSpec.of("veza-systemd").set("spec..port", 1));
    assertThrows(IllegalArgumentException.class, () -> ExampleSpec.of("veza-systemd").remove("spec.nothing"));
    assertThrows(IllegalArgumentException.class, () -> ExampleSpec.of("veza-systemd").set("spec.proxy[0]", 1));
    assertThrows(IllegalArgumentException.class, () -> ExampleSpec.of("veza-systemd").set("[0].spec", 1));
    assertThrows(IllegalArgumentException.class, () -> ExampleSpec.of("veza-systemd").set("spec.proxy.", 1));
  }
}
