package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.emit.Artifact;
import io.rhc.testkit.ExampleSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shape of the veza example's bundles; their bytes are pinned by the examples module's ExamplesGoldenTest
 * ({@code examples/veza-systemd/expected/systemd/}).
 */
class BundlesTest {
  private final List<Artifact> veza = Bundles.emit(ExampleSpec.spec("veza-systemd"));

  @Test
  void recompilingGivesIdenticalBytes() {
    assertEquals(veza, Bundles.emit(ExampleSpec.spec("veza-systemd")));
  }

  @Test
  void everyHostGetsItsOwnBundle() {
    List<String> tops = veza.stream().map(a -> a.path().substring(0, a.path().indexOf('/'))).distinct().toList();
    assertEquals(List.of("redis-1.lxd", "redis-2.lxd", "redis-3.lxd"), tops);
    assertTrue(veza.stream().noneMatch(a -> a.content().contains("\r")));
  }

  /** Scripts run by path (a shebang) are executable; the sourced rhc-lib.sh, configs and units are not. */
  @Test
  void exactlyTheScriptsRunByPathAreExecutable() {
    for (Artifact a : veza) {
      assertEquals(a.content().startsWith("#!"), a.executable(), a.path());
    }
    assertTrue(veza.stream().anyMatch(a -> a.path().endsWith("/install.sh") && a.executable()));
  }
}
