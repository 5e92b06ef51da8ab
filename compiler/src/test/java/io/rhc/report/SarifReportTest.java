package io.rhc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.Severity;
import io.rhc.lint.RuleCatalog;
import io.rhc.path.SpecPath;
import io.rhc.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** SARIF output is valid against the official SARIF 2.1.0 schema and carries the rule docs and positions. */
class SarifReportTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static Schema sarifSchema;

  static final List<Diagnostic> DIAGNOSTICS = List.of(
      Diagnostic.of(Severity.ERROR, "RHC3002", SpecPath.parse("spec.sentinel.quorum"), "Quorum 1 is below the majority",
          "Set the quorum to 2 for 3 sentinels.").withLocation("specs/homelab spec.yaml", Span.at(17, 13)),
      Diagnostic.of(Severity.INFO, "RHC2011", SpecPath.parse("spec.persistence"), "Background saves fork Redis",
          "Set `vm.overcommit_memory=1`.").withLocation("homelab.yaml", Span.at(30, 3)).withDetail("Fork needs it."),
      Diagnostic.error("RHC0101", SpecPath.parse("spec.sentinel"), "Unknown key `quorom`", "Did you mean `quorum`?")
          .withLocation("typo.yaml", Span.at(12, 5)),
      Diagnostic.error("RHC6003", SpecPath.root(), "`redis.conf:1` (compose): Inline comment after a directive",
          "Put the comment on its own line."));

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static String sarif(List<Diagnostic> diagnostics) {
    return new SarifReport("0.1.0", "https://example.invalid/rhc", RuleCatalog.builtin()).write(diagnostics);
  }

  @Test
  void validatesAgainstTheSarif210Schema() {
    List<Error> errors = sarifSchema.validate(MAPPER.readTree(sarif(DIAGNOSTICS)));
    assertTrue(errors.isEmpty(), errors::toString);
  }

  @Test
  void emptyRunStillValidates() {
    List<Error> errors = sarifSchema.validate(MAPPER.readTree(sarif(List.of())));
    assertTrue(errors.isEmpty(), errors::toString);
  }

  @Test
  void theSchemaCheckCatchesABrokenLog() {
    ObjectNode log = (ObjectNode) MAPPER.readTree(sarif(DIAGNOSTICS));
    ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "fatal");
    assertFalse(sarifSchema.validate(log).isEmpty());
  }

  @Test
  void rulesCarryTheirDocsAndInputCodesAppearAsRules() {
    JsonNode driver = MAPPER.readTree(sarif(DIAGNOSTICS)).get("runs").get(0).get("tool").get("driver");
    assertEquals("rhc", driver.get("name").asString());
    JsonNode rules = driver.get("rules");
    assertEquals(RuleCatalog.builtin().rules().size() + 2, rules.size());
    JsonNode quorum = find(rules, "RHC3002");
    assertEquals("sentinel-quorum-majority", quorum.get("name").asString());
    assertEquals(RuleCatalog.builtin().find("RHC3002").orElseThrow().doc(), quorum.get("help").get("markdown").asString());
    assertEquals("error", quorum.get("defaultConfiguration").get("level").asString());
    assertEquals("note", find(rules, "RHC2011").get("defaultConfiguration").get("level").asString());
    assertEquals("schema", find(rules, "RHC0101").get("name").asString());
    assertEquals("artifact-check", find(rules, "RHC6003").get("name").asString());
  }

  @Test
  void resultsPointAtFileLineColumnAndSpecPath() {
    JsonNode results = MAPPER.readTree(sarif(DIAGNOSTICS)).get("runs").get(0).get("results");
    JsonNode first = results.get(0);
    assertEquals("RHC3002", first.get("ruleId").asString());
    assertEquals("error", first.get("level").asString());
    JsonNode location = first.get("locations").get(0);
    assertEquals("specs/homelab%20spec.yaml",
        location.get("physicalLocation").get("artifactLocation").get("uri").asString());
    assertEquals(17, location.get("physicalLocation").get("region").get("startLine").asInt());
    assertEquals(13, location.get("physicalLocation").get("region").get("startColumn").asInt());
    assertEquals("spec.sentinel.quorum", location.get("logicalLocations").get(0).get("fullyQualifiedName").asString());
    assertEquals("note", results.get(1).get("level").asString());
    assertEquals("Background saves fork Redis. Fork needs it. Set `vm.overcommit_memory=1`.",
        results.get(1).get("message").get("text").asString());
    assertFalse(results.get(3).has("locations"), "a root diagnostic without a file has no location");
  }

  @Test
  void outputIsDeterministic() {
    assertEquals(sarif(DIAGNOSTICS), sarif(DIAGNOSTICS));
  }

  private static JsonNode find(JsonNode rules, String id) {
    for (JsonNode rule : rules) {
      if (rule.get("id").asString().equals(id)) {
        return rule;
      }
    }
    throw new AssertionError("no rule " + id);
  }
}
