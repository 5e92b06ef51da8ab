package io.rhc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExamplesValidateTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"homelab-k8s", "gateway-k8s", "veza-systemd", "odoo-compose"})
  void exampleParsesAndValidatesWithoutDiagnostics(String example) throws IOException {
    Path spec = Path.of("../examples", example, "spec.yaml");
    assertEquals(List.of(), InputStages.check(spec.toString(), Files.readString(spec)));
  }
}
