package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Machine formats go to stdout ({@code rhc lint --format sarif specs/ > rhc.sarif}) or to the {@code --output}
 * file, and the command's words for people move to stderr meanwhile: stdout is exactly one document.
 */
class MachineOutputTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Path HOMELAB = Path.of("../examples/homelab-k8s/spec.yaml");
  private static Schema sarifSchema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("../compiler/src/test/resources/sarif/sarif-schema-2.1.0.json"))) {
      sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  @Test
  void lintSarifOnStdoutIsAValidSarifLogAndStderrStaysQuiet(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(HOMELAB).replace("policy: noeviction", "policy: allkeys-lru"));
    CliRun run = CliRun.of("lint", "--format", "sarif", HOMELAB.toString(), broken.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code(), run.err());
    assertEquals("", run.err());
    JsonNode log = MAPPER.readTree(run.out());
    assertEquals(List.of(), sarifSchema.validate(log), run.out());
    assertTrue(log.at("/runs/0/results").valueStream().anyMatch(r -> r.get("ruleId").asString().equals("RHC2005")),
        run.out());
  }

  @Test
  void outputWritesTheSameBytesToAFileAndNothingToStdout(@TempDir Path dir) throws IOException {
    CliRun piped = CliRun.of("lint", "--format=sarif", HOMELAB.toString());
    Path file = dir.resolve("reports/rhc.sarif");
    CliRun written = CliRun.of("lint", "--format=sarif", "--output", file.toString(), HOMELAB.toString());
    assertEquals(ExitCodes.OK, written.code(), written.err());
    assertEquals("", written.out());
    assertEquals(piped.out(), Files.readString(file, StandardCharsets.UTF_8));
    Files.writeString(file, "stale");
    assertEquals(ExitCodes.OK, CliRun.of("lint", "--format=json", "--output", file.toString(), HOMELAB.toString())
        .code());
    assertTrue(MAPPER.readTree(file.toFile()).isArray());
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertEquals(List.of(file), left.toList(), "no staging file left beside the report");
    }
  }

  @Test
  void outputNeedsAMachineFormatAndAWritablePlace(@TempDir Path dir) throws IOException {
    CliRun text = CliRun.of("lint", "--output", dir.resolve("x.txt").toString(), HOMELAB.toString());
    assertEquals(ExitCodes.USAGE, text.code());
    assertTrue(text.err().contains("--format json, --format sarif or --format codequality"), text.err());
    assertFalse(Files.exists(dir.resolve("x.txt")));
    Path taken = Files.createDirectories(dir.resolve("taken"));
    CliRun blocked = CliRun.of("validate", "--format=json", "--output", taken.toString(), HOMELAB.toString());
    assertEquals(ExitCodes.IO, blocked.code());
    assertTrue(blocked.err().contains("cannot write " + taken), blocked.err());
  }

  @Test
  void compileAndPlanKeepStdoutForTheDocumentAndTalkOnStderr(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun compile = CliRun.of("compile", "--format=json", HOMELAB.toString(), "-t", "kubernetes", "-o",
        out.toString());
    assertEquals(ExitCodes.OK, compile.code(), compile.err());
    assertTrue(MAPPER.readTree(compile.out()).isArray(), compile.out());
    assertTrue(compile.err().contains("compiled 1 of 1 spec"), compile.err());

    Files.writeString(out.resolve("statefulset.yaml"), "drifted\n");
    CliRun plan = CliRun.of("plan", "--format=json", HOMELAB.toString(), "-t", "kubernetes", "-o", out.toString());
    assertEquals(PlanCommand.DRIFT, plan.code(), plan.err());
    assertTrue(MAPPER.readTree(plan.out()).isArray(), plan.out());
    assertTrue(plan.err().contains("+++ b/" + out.resolve("statefulset.yaml")), plan.err());
    assertTrue(plan.err().contains("plan: 0 to add, 1 to change, 0 to remove"), plan.err());

    CliRun planToFile = CliRun.of("plan", "--format=sarif", "--output", dir.resolve("plan.sarif").toString(),
        HOMELAB.toString(), "-t", "kubernetes", "-o", out.toString());
    assertTrue(planToFile.out().contains("plan: 0 to add, 1 to change, 0 to remove"), planToFile.out());
  }

  @Test
  void validateJsonIsOneArrayOnStdout() throws IOException {
    CliRun run = CliRun.of("validate", "--format=json", HOMELAB.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertEquals(0, MAPPER.readTree(run.out()).size(), run.out());
  }

  @Test
  void codeQualityIsTheGitLabReportShape(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(HOMELAB).replace("policy: noeviction", "policy: allkeys-lru"));
    CliRun run = CliRun.of("lint", "--format=codequality", broken.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code(), run.err());
    JsonNode issues = MAPPER.readTree(run.out());
    JsonNode finding = issues.valueStream().filter(i -> i.get("check_name").asString().equals("RHC2005"))
        .findFirst().orElseThrow();
    assertEquals("major", finding.get("severity").asString());
    assertEquals(broken.toString(), finding.at("/location/path").asString());
    assertTrue(finding.at("/location/lines/begin").asInt() > 1, run.out());
    assertEquals(64, finding.get("fingerprint").asString().length());
    assertEquals(issues.size(), issues.valueStream().map(i -> i.get("fingerprint").asString()).distinct().count(),
        "fingerprints are unique: " + run.out());
    assertEquals(run.out(), CliRun.of("lint", "--format=codequality", broken.toString()).out(), "deterministic");
  }
}
