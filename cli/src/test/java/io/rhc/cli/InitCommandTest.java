package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code rhc init} end to end: what it writes goes through validate, lint and compile for its target. */
class InitCommandTest {
  static Stream<Arguments> targetsAndData() {
    return StarterSpec.targetIds().stream()
        .flatMap(target -> StarterSpec.dataIds().stream().map(data -> Arguments.of(target, data)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("targetsAndData")
  void theSpecValidatesLintsCleanAndCompilesForItsTarget(String target, String data, @TempDir Path dir) {
    for (String nodes : List.of("2", "3", "4", "5")) {
      Path spec = dir.resolve("spec-" + nodes + ".yaml");
      CliRun init = CliRun.of("init", "--target", target, "--data", data, "--nodes", nodes, "-o", spec.toString());
      String what = target + ", " + data + ", " + nodes + " nodes";
      assertEquals(ExitCodes.OK, init.code(), what + ": " + init.err());

      CliRun validate = CliRun.of("validate", "--color=never", spec.toString());
      assertEquals(ExitCodes.OK, validate.code(), what + ": " + validate.err());
      CliRun lint = CliRun.of("lint", "--warnings-as-errors", "--color=never", spec.toString());
      assertEquals(ExitCodes.OK, lint.code(), what + ": " + lint.err());
      assertTrue(lint.err().contains("0 errors, 0 warnings"), what + ": " + lint.err());
      Path out = dir.resolve("out-" + nodes);
      CliRun compile = CliRun.of("compile", "--color=never", spec.toString(), "-t", target, "-o", out.toString());
      assertEquals(ExitCodes.OK, compile.code(), what + ": " + compile.err());
      assertTrue(compile.err().contains("0 errors, 0 warnings"), what + ": " + compile.err());
      assertTrue(compile.out().startsWith("compiled 1 of 1 spec"), what + ": " + compile.out());
    }
  }

  @Test
  void theFirstLineNamesTheSchemaForEditors() {
    CliRun run = CliRun.of("init");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertTrue(run.out().startsWith("# yaml-language-server: $schema=spec.schema.json\n"), run.out());
    assertTrue(run.out().contains("#   rhc schema > spec.schema.json\n"), run.out());

    CliRun elsewhere = CliRun.of("init", "--schema", "../../schema/spec.schema.json");
    assertTrue(elsewhere.out().startsWith("# yaml-language-server: $schema=../../schema/spec.schema.json\n"),
        elsewhere.out());
    assertFalse(elsewhere.out().contains("rhc schema >"), elsewhere.out());
    assertTrue(elsewhere.out().contains("--schema ../../schema/spec.schema.json\n"), "the command line repeats it");
  }

  @Test
  void withoutATerminalTheDefaultsAreTakenWithoutAsking() {
    CliRun defaults = CliRun.of("init");
    assertEquals(ExitCodes.OK, defaults.code(), defaults.err());
    assertEquals("", defaults.err(), "no questions and nothing else on stderr");
    CliRun spelledOut = CliRun.of("init", "--target", "kubernetes", "--nodes", "3", "--memory", "1Gi", "--data",
        "must-survive", "--name", "redis-ha", "-o", "-");
    assertEquals(spelledOut.out(), defaults.out());
    assertTrue(defaults.out().contains("#   rhc init --target kubernetes --nodes 3 --memory 1Gi --data must-survive"
        + " --name redis-ha\n"), defaults.out());
  }

  @Test
  void theCommentsSayWhyForEachKindOfData() {
    String queue = CliRun.of("init", "--data", "queue").out();
    assertTrue(queue.contains("policy: noeviction"), queue);
    assertTrue(queue.contains("Queue keys must never be evicted"), queue);
    assertTrue(queue.contains("kind: queue"), queue);
    String survive = CliRun.of("init", "--data", "must-survive", "--nodes", "5").out();
    assertTrue(survive.contains("minReplicasToWrite: 1"), survive);
    assertTrue(survive.contains("# A master cut off from every replica stops acknowledging writes"), survive);
    assertTrue(survive.contains("fsync: everysec"), survive);
    String twoNodes = CliRun.of("init", "--data", "must-survive", "--nodes", "2").out();
    assertFalse(twoNodes.contains("minReplicasToWrite"), twoNodes);
    assertTrue(twoNodes.contains("# min-replicas-to-write stays 0"), twoNodes);
    String cache = CliRun.of("init", "--data", "cache").out();
    assertTrue(cache.contains("policy: allkeys-lru"), cache);
    assertFalse(cache.contains("minReplicasToWrite"), cache);
  }

  @Test
  void anEvenNodeCountGetsAnOddNumberOfDedicatedSentinels() {
    String four = CliRun.of("init", "--nodes", "4").out();
    assertTrue(four.contains("placement: dedicated\n    count: 3\n    quorum: 2\n"), four);
    String five = CliRun.of("init", "--nodes", "5").out();
    assertTrue(five.contains("placement: colocated\n    count: 5\n    quorum: 3\n"), five);
    String systemd = CliRun.of("init", "--target", "systemd", "--nodes", "2").out();
    assertTrue(systemd.contains("- { name: redis-ha-sentinel-1.internal, roles: [sentinel] }"), systemd);
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, "mine\n");
    CliRun refused = CliRun.of("init", "-o", spec.toString());
    assertEquals(ExitCodes.USAGE, refused.code());
    assertTrue(refused.err().contains(spec + " already exists; pass --force to replace it"), refused.err());
    assertEquals("mine\n", Files.readString(spec));

    CliRun forced = CliRun.of("init", "-o", spec.toString(), "--force", "--name", "orders");
    assertEquals(ExitCodes.OK, forced.code(), forced.err());
    assertEquals("", forced.out(), "the spec went to the file");
    assertTrue(forced.err().contains("wrote " + spec), forced.err());
    assertTrue(forced.err().contains("rhc schema > " + dir.toAbsolutePath().resolve("spec.schema.json")),
        forced.err());
    assertTrue(Files.readString(spec, StandardCharsets.UTF_8).contains("  name: orders\n"));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(spec), left.toList(), "no temporary file left beside it");
    }
  }

  @Test
  void wrongValuesAreUsageErrorsNamingWhatIsAllowed(@TempDir Path dir) {
    assertUsageError(List.of("--target", "k8s"), "`k8s` is not a target: use one of kubernetes, compose, systemd");
    assertUsageError(List.of("--data", "durable"), "use one of queue, cache, must-survive");
    assertUsageError(List.of("--nodes", "1"), "--nodes: `1` is not a number of data nodes: use 2 to 9");
    assertUsageError(List.of("--nodes", "three"), "--nodes: `three` is not a number of data nodes: use 2 to 9");
    assertUsageError(List.of("--memory", "1GB"), "Write `1gb` or `1Gi`");
    assertUsageError(List.of("--name", "Orders_DB"), "`Orders_DB` is not a cluster name");
    assertUsageError(List.of("--name", "a\nb: c"), "is not a cluster name");
    assertUsageError(List.of("--schema", "two words"), "must be one word");
    Path spec = dir.resolve("spec.yaml");
    assertUsageError(List.of("--memory", "100Mi", "-o", spec.toString()), "error[RHC0207]");
    assertFalse(Files.exists(spec), "a spec that would not lint clean is not written");
  }

  private static void assertUsageError(List<String> flags, String message) {
    String[] args = Stream.concat(Stream.of("init"), flags.stream()).toArray(String[]::new);
    CliRun run = CliRun.of(args);
    assertEquals(ExitCodes.USAGE, run.code(), flags + ": " + run.err());
    assertTrue(run.err().contains(message), flags + ": " + run.err());
    assertEquals("", run.out(), flags.toString());
    assertFalse(run.err().contains("Exception"), run.err());
  }
}
