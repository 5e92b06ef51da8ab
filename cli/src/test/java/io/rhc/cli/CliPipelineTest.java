package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands end to end over the real pipeline and targets, in process. */
class CliPipelineTest {
  private static final Path HOMELAB = Path.of("../examples/homelab-k8s/spec.yaml");
  private static final Path GATEWAY = Path.of("../examples/gateway-k8s/spec.yaml");

  @Test
  void validateAcceptsEveryExample() {
    CliRun run = CliRun.of("validate", "../examples/");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertEquals(4, run.out().lines().filter(l -> l.endsWith(": valid")).count(), run.out());
  }

  @Test
  void lintOfTheExamplesHasNoErrorsOrWarnings() {
    CliRun run = CliRun.of("lint", "--warnings-as-errors", "--color=never", "../examples/");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.err().contains("0 errors, 0 warnings, "), run.err());
  }

  @Test
  void lintReportsAMasterNameUsedTwiceAtTheLaterSpec(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("zz-copy.yaml");
    Files.writeString(copy, Files.readString(HOMELAB).replace("name: redis-v2\n", "name: redis-v3\n"));
    CliRun run = CliRun.of("lint", "--format=json", HOMELAB.toString(), copy.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code());
    assertTrue(run.out().contains("\"code\" : \"RHC1002\""), run.out());
    assertTrue(run.out().contains("zz-copy.yaml"), run.out());
  }

  @Test
  void engineConfigProblemsPointAtTheirKeys(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, Files.readString(HOMELAB).replace("    image: redis:8.6.2-alpine\n",
        "    image: redis:8.6.2-alpine\n    config:\n      maxmemory: 1gb\n      enable-debug-command: \"yes\"\n"
            + "      replicaof: \"a 6379\"\n"));
    CliRun run = CliRun.of("lint", "--color=never", spec.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code(), run.err());
    String at = spec + ":";
    assertTrue(run.err().contains(at + "18:7: error[RHC0218] spec.engine.config.maxmemory: `maxmemory` is written"
        + " by rhc"), run.err());
    assertTrue(run.err().contains("hint: Set `spec.memory.maxmemory` instead"), run.err());
    assertTrue(run.err().contains(at + "20:7: error[RHC0218] spec.engine.config.replicaof"), run.err());
    Files.writeString(spec, Files.readString(spec).replace("      maxmemory: 1gb\n", "")
        .replace("      replicaof: \"a 6379\"\n", ""));
    run = CliRun.of("lint", "--color=never", spec.toString());
    assertTrue(run.err().contains(at + "18:7: warning[RHC4008] spec.engine.config.enable-debug-command"), run.err());
  }

  @Test
  void lintSarifIsOneLogWithRuleDocs() {
    CliRun run = CliRun.of("lint", "--format=sarif", HOMELAB.toString());
    assertEquals(ExitCodes.OK, run.code());
    assertTrue(run.out().contains("\"version\" : \"2.1.0\""), run.out());
    assertTrue(run.out().contains("\"ruleId\" : \"RHC2001\""), run.out());
  }

  @Test
  void rulesExplainPrintsTheRulePageAndUnknownIdsAreUsageErrors() {
    CliRun run = CliRun.of("rules", "explain", "RHC2005");
    assertEquals(ExitCodes.OK, run.code());
    assertTrue(run.out().contains("How to suppress"), run.out());
    assertEquals(ExitCodes.USAGE, CliRun.of("rules", "explain", "RHC9999").code());
  }

  @Test
  void explainShowsOriginsAndTheBudget() {
    CliRun run = CliRun.of("explain", HOMELAB.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().contains("# derived"), run.out());
    assertTrue(run.out().contains("fits, 52.0 MiB spare"), run.out());
  }

  @Test
  void compileOneSpecOneTargetWritesStraightIntoTheDirectory(@TempDir Path dir) {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("compile", HOMELAB.toString(), "--target", "kubernetes", "--out", out.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(Files.isRegularFile(out.resolve("kustomization.yaml")));
    assertTrue(Files.isExecutable(out.resolve("config/rhc-init.sh")));
  }

  @Test
  void batchWritesTheGoodSpecsAndFailsOnTheBadOne(@TempDir Path dir) throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.copy(HOMELAB, specs.resolve("a.yaml"));
    Files.copy(GATEWAY, specs.resolve("b.yaml"));
    Files.writeString(specs.resolve("c.yaml"), Files.readString(GATEWAY).replace("count: 3\n", "count: 3\n    bogus: 1\n"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("compile", "--color=never", specs.toString(), "-t", "kubernetes,compose", "-o", out.toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code());
    assertTrue(run.err().contains("c.yaml"), run.err());
    assertTrue(Files.isRegularFile(out.resolve("redis-v2/kubernetes/kustomization.yaml")));
    assertTrue(Files.isRegularFile(out.resolve("redis-gateway/compose/compose.yaml")));
    assertTrue(run.out().contains("compiled 2 of 3 specs"), run.out());
  }

  @Test
  void duplicateClusterNamesInABatchAreErrors(@TempDir Path dir) throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.copy(HOMELAB, specs.resolve("a.yaml"));
    Files.writeString(specs.resolve("b.yaml"), Files.readString(HOMELAB).replace("masterName: redis-v2", "masterName: other"));
    CliRun run = CliRun.of("compile", "--format=json", specs.toString(), "-t", "kubernetes", "-o", dir.resolve("out").toString());
    assertEquals(ExitCodes.SPEC_ERRORS, run.code());
    assertTrue(run.out().contains("\"code\" : \"RHC0213\""), run.out());
  }

  @Test
  void aFailedCompileLeavesThePreviousOutputUntouched(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, CliRun.of("compile", HOMELAB.toString(), "-t", "kubernetes", "-o", out.toString()).code());
    String before = Files.readString(out.resolve("statefulset.yaml"));
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, Files.readString(HOMELAB).replace("count: 3", "count: 4"));
    assertEquals(ExitCodes.SPEC_ERRORS, CliRun.of("compile", broken.toString(), "-t", "kubernetes", "-o", out.toString()).code());
    assertEquals(before, Files.readString(out.resolve("statefulset.yaml")));
    try (var siblings = Files.list(dir)) {
      assertEquals(2, siblings.count(), "no temporary directories left behind");
    }
  }

  @Test
  void anUpToDateOutputIsNotTouchedAndAnyDifferenceRewritesIt(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    String[] compile = {"compile", HOMELAB.toString(), "-t", "kubernetes", "-o", out.toString()};
    assertEquals(ExitCodes.OK, CliRun.of(compile).code());
    Path statefulset = out.resolve("statefulset.yaml");
    FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(statefulset, past);
    Object inode = Files.getAttribute(out, "unix:ino");

    CliRun again = CliRun.of(compile);
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertTrue(again.out().contains("(19 files; already up to date)"), again.out());
    assertEquals(past, Files.getLastModifiedTime(statefulset));
    assertEquals(inode, Files.getAttribute(out, "unix:ino"), "the directory was not replaced");

    String original = Files.readString(statefulset);
    Files.writeString(statefulset, original + "# edited\n");
    Files.writeString(out.resolve("config/stray.conf"), "left over\n");
    Files.setPosixFilePermissions(out.resolve("config/rhc-init.sh"), PosixFilePermissions.fromString("rw-r--r--"));
    CliRun rewritten = CliRun.of(compile);
    assertEquals(ExitCodes.OK, rewritten.code(), rewritten.err());
    assertEquals("compiled 1 of 1 spec to " + out + " (19 files)\n", rewritten.out().replace("\r\n", "\n"));
    assertEquals(original, Files.readString(statefulset));
    assertFalse(Files.exists(out.resolve("config/stray.conf")));
    assertTrue(Files.isExecutable(out.resolve("config/rhc-init.sh")));

    Files.setPosixFilePermissions(out.resolve("config/rhc-init.sh"), PosixFilePermissions.fromString("rw-r--r--"));
    assertFalse(CliRun.of(compile).out().contains("up to date"), "a file mode alone differs");
    Files.createDirectory(out.resolve("empty"));
    assertFalse(CliRun.of(compile).out().contains("up to date"), "an extra directory differs");
    assertFalse(Files.exists(out.resolve("empty")));
  }

  @Test
  void planReportsAddedChangedAndRemovedFilesAndExitsTwoOnDrift(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    String[] plan = {"plan", HOMELAB.toString(), "-t", "kubernetes", "-o", out.toString()};
    CliRun fresh = CliRun.of(plan);
    assertEquals(PlanCommand.DRIFT, fresh.code());
    assertTrue(fresh.out().contains("--- /dev/null"), fresh.out());
    assertFalse(Files.exists(out), "plan never writes");

    assertEquals(ExitCodes.OK, CliRun.of("compile", HOMELAB.toString(), "-t", "kubernetes", "-o", out.toString()).code());
    CliRun clean = CliRun.of(plan);
    assertEquals(ExitCodes.OK, clean.code(), clean.out());
    assertTrue(clean.out().contains("plan: 0 to add, 0 to change, 0 to remove"));

    Files.writeString(out.resolve("pdb.yaml"), "# edited by hand\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Files.delete(out.resolve("services.yaml"));
    Files.writeString(out.resolve("stale.yaml"), "kind: Stale\n");
    CliRun drift = CliRun.of(plan);
    assertEquals(PlanCommand.DRIFT, drift.code());
    assertTrue(drift.out().contains("plan: 1 to add, 1 to change, 1 to remove"), drift.out());
    assertTrue(drift.out().contains("-# edited by hand"), drift.out());
    assertTrue(drift.out().contains("+++ /dev/null"), drift.out());
  }
}
