package io.rhc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {
  private static final List<String> KEYS =
      List.of("file", "line", "column", "severity", "code", "path", "summary", "detail", "hint");

  @Test
  void everyDiagnosticHasTheSameKeysInOrder() {
    JsonNode array = JsonMapper.builder().build().readTree(new JsonReport().write(SarifReportTest.DIAGNOSTICS));
    assertEquals(SarifReportTest.DIAGNOSTICS.size(), array.size());
    for (JsonNode d : array) {
      assertEquals(KEYS, List.copyOf(d.propertyNames()));
    }
    JsonNode first = array.get(0);
    assertEquals("specs/homelab spec.yaml", first.get("file").asString());
    assertEquals(17, first.get("line").asInt());
    assertEquals(13, first.get("column").asInt());
    assertEquals("error", first.get("severity").asString());
    assertEquals("RHC3002", first.get("code").asString());
    assertEquals("spec.sentinel.quorum", first.get("path").asString());
    assertTrue(first.get("detail").isNull());
    JsonNode root = array.get(3);
    assertEquals("", root.get("path").asString());
    assertTrue(root.get("file").isNull() && root.get("line").isNull());
  }

  @Test
  void emptyListIsAnEmptyArray() {
    assertEquals("[ ]\n", new JsonReport().write(List.of()));
  }
}
