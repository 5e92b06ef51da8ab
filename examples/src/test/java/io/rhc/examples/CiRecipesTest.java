package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's GitHub Actions and GitLab CI recipes work as shown: their {@code rhc} commands, run by bash with
 * the built jar as {@code rhc} on the PATH over a directory with a good and a bad spec, fail the job (exit 1) and
 * write the reports the next step uploads — a SARIF log valid against the SARIF 2.1.0 schema, a code quality
 * report with the fields GitLab reads.
 */
class CiRecipesTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = REPO.resolve("cli/target/rhc.jar");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  static Path work;

  @BeforeAll
  static void setUp() throws IOException {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: the cli module packages it before this module runs");
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path shim = bin.resolve("rhc");
    Files.writeString(shim, "#!/bin/sh\nexec java -jar '" + JAR + "' \"$@\"\n");
    Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path specs = Files.createDirectories(work.resolve("repo/specs"));
    String good = Files.readString(REPO.resolve("examples/homelab-k8s/spec.yaml"), StandardCharsets.UTF_8);
    Files.writeString(specs.resolve("homelab.yaml"), good);
    Files.writeString(specs.resolve("queue.yaml"), good.replace("policy: noeviction", "policy: allkeys-lru")
        .replace("name: redis-v2\n", "name: queue\n").replace("masterName: redis-v2", "masterName: queue"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void gitHubCodeScanningStepWritesAValidSarifLog() throws Exception {
    Map<String, Object> workflow = recipe("# .github/workflows/rhc.yml");
    Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("rhc-lint");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
    List<String> commands = new ArrayList<>();
    String sarifFile = null;
    for (Map<String, Object> step : steps) {
      if (step.get("run") instanceof String run && run.startsWith("rhc ")) {
        commands.add(run);
      }
      if (String.valueOf(step.get("uses")).startsWith("github/codeql-action/upload-sarif")) {
        sarifFile = (String) ((Map<String, Object>) step.get("with")).get("sarif_file");
      }
    }
    assertFalse(commands.isEmpty(), "the recipe runs rhc");
    assertTrue(sarifFile != null, "the recipe uploads a SARIF file");
    runAll(commands);
    JsonNode log = MAPPER.readTree(work.resolve("repo").resolve(sarifFile).toFile());
    try (InputStream in = Files.newInputStream(REPO.resolve("compiler/src/test/resources/sarif/sarif-schema-2.1.0.json"))) {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
      assertEquals(List.of(), schema.validate(log));
    }
    assertTrue(log.at("/runs/0/results").valueStream().anyMatch(r -> r.get("ruleId").asString().equals("RHC2005")
        && r.at("/locations/0/physicalLocation/artifactLocation/uri").asString().endsWith("specs/queue.yaml")),
        log.toString());
  }

  @Test
  @SuppressWarnings("unchecked")
  void gitLabJobWritesTheCodeQualityReportItPublishes() throws Exception {
    Map<String, Object> pipeline = recipe("# .gitlab-ci.yml");
    Map<String, Object> job = (Map<String, Object>) pipeline.get("rhc-lint");
    List<String> commands = ((List<String>) job.get("script")).stream().filter(c -> c.startsWith("rhc ")).toList();
    Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
    assertEquals("always", artifacts.get("when"), "the report is published when lint fails the job");
    String report = (String) ((Map<String, Object>) artifacts.get("reports")).get("codequality");
    assertFalse(commands.isEmpty(), "the recipe runs rhc");
    runAll(commands);
    JsonNode issues = MAPPER.readTree(work.resolve("repo").resolve(report).toFile());
    assertTrue(issues.isArray() && !issues.isEmpty(), issues.toString());
    for (JsonNode issue : issues) {
      for (String field : List.of("description", "check_name", "fingerprint", "severity")) {
        assertTrue(issue.get(field).isString() && !issue.get(field).asString().isEmpty(), field + ": " + issue);
      }
      assertTrue(List.of("info", "minor", "major", "critical", "blocker").contains(issue.get("severity").asString()));
      assertTrue(issue.at("/location/path").asString().startsWith("specs/"), issue.toString());
      assertTrue(issue.at("/location/lines/begin").asInt() >= 1, issue.toString());
    }
    assertTrue(issues.valueStream().anyMatch(i -> i.get("check_name").asString().equals("RHC2005")), issues.toString());
  }

  /** The YAML of the README's fenced block whose first line is {@code firstLine}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> recipe(String firstLine) throws IOException {
    String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```yaml\n" + firstLine + "\n");
    assertTrue(start >= 0, "README has a ```yaml block starting with " + firstLine);
    int body = start + "```yaml\n".length();
    String yaml = readme.substring(body, readme.indexOf("\n```", body));
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  }

  /** Runs each command with bash in the repository directory, as a CI runner would; lint errors exit 1. */
  private static void runAll(List<String> commands) throws IOException, InterruptedException {
    for (String command : commands) {
      Path log = work.resolve("command.log");
      ProcessBuilder pb = new ProcessBuilder("bash", "-eo", "pipefail", "-c", command)
          .directory(work.resolve("repo").toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
      pb.environment().put("PATH", work.resolve("bin") + ":" + System.getenv("PATH"));
      Process process = pb.start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(command + " did not finish within 2 minutes");
      }
      assertEquals(1, process.exitValue(), command + " fails the job on the bad spec: "
          + Files.readString(log, StandardCharsets.UTF_8));
    }
  }
}
