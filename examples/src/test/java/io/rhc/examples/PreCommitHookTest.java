package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository works as a pre-commit hook repo: a throwaway git repository whose
 * {@code .pre-commit-config.yaml} points at a clone of this project's committed HEAD runs the real
 * {@code pre-commit}, which blocks a bad spec and passes a good one (rhc-lint), and blocks hand-written configs
 * with errors and passes their correction (rhc-audit). Runs whenever pre-commit is
 * installed, and under {@code CI=true} fails rather than skips when it is not.
 */
class PreCommitHookTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = REPO.resolve("cli/target/rhc.jar");
  private static final Duration TIMEOUT = Duration.ofMinutes(5);

  @TempDir
  static Path tmp;

  @BeforeAll
  static void requireTools() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    if (!onPath("pre-commit")) {
      if (ci) {
        fail("pre-commit is not installed; scripts/test.sh installs it");
      }
      Assumptions.abort("pre-commit is not installed");
    }
    if (!Files.isRegularFile(JAR)) {
      if (ci) {
        fail(JAR + " is missing: the cli module packages it before the examples module runs");
      }
      Assumptions.abort(JAR + " is not built (run mvn package)");
    }
  }

  @Test
  void hookBlocksABadSpecAndPassesAGoodOne() throws Exception {
    Path hookRepo = tmp.resolve("hook-repo");
    check(run(List.of("git", "clone", "-q", REPO.toString(), hookRepo.toString()), tmp, Map.of()));
    String rev = check(run(List.of("git", "rev-parse", "HEAD"), hookRepo, Map.of())).output().strip();

    Path work = tmp.resolve("work");
    Files.createDirectories(work.resolve("redis-ha"));
    check(run(List.of("git", "init", "-q"), work, Map.of()));
    Files.writeString(work.resolve(".pre-commit-config.yaml"), String.join("\n",
        "repos:",
        "  - repo: " + hookRepo,
        "    rev: " + rev,
        "    hooks:",
        "      - id: rhc-lint",
        ""), StandardCharsets.UTF_8);
    String good = Files.readString(REPO.resolve("examples/homelab-k8s/spec.yaml"), StandardCharsets.UTF_8);
    String bad = good.replace("policy: noeviction", "policy: allkeys-lru");
    assertNotEquals(good, bad, "the seed homelab must keep `policy: noeviction` for this test");
    Files.writeString(work.resolve("redis-ha/good.yaml"), good, StandardCharsets.UTF_8);
    Files.writeString(work.resolve("redis-ha/bad.yaml"), bad, StandardCharsets.UTF_8);
    check(run(List.of("git", "add", "-A"), work, Map.of()));

    Map<String, String> env = Map.of("RHC_JAR", JAR.toString(), "PRE_COMMIT_HOME", tmp.resolve("cache").toString());
    Run blocked = run(List.of("pre-commit", "run", "rhc-lint", "--files", "redis-ha/bad.yaml"), work, env);
    assertNotEquals(0, blocked.exit(), blocked.output());
    assertTrue(blocked.output().contains("RHC2005"), blocked.output());

    Run passed = run(List.of("pre-commit", "run", "rhc-lint", "--files", "redis-ha/good.yaml"), work, env);
    assertEquals(0, passed.exit(), passed.output());
  }

  @Test
  void auditHookBlocksTheTwoSentinelDriftAndPassesItsCorrection() throws Exception {
    Path hookRepo = tmp.resolve("audit-hook-repo");
    check(run(List.of("git", "clone", "-q", REPO.toString(), hookRepo.toString()), tmp, Map.of()));
    String rev = check(run(List.of("git", "rev-parse", "HEAD"), hookRepo, Map.of())).output().strip();
    Path work = tmp.resolve("audit-work");
    Files.createDirectories(work);
    check(run(List.of("git", "init", "-q"), work, Map.of()));
    List<String> hosts = List.of("redis-1.lxd", "redis-2.lxd", "redis-3.lxd");
    Files.writeString(work.resolve(".pre-commit-config.yaml"), String.join("\n",
        "repos:",
        "  - repo: " + hookRepo,
        "    rev: " + rev,
        "    hooks:",
        "      - id: rhc-audit",
        "        args: [" + String.join(", ", hosts.stream().map(h -> "hosts/" + h).toList()) + "]",
        ""), StandardCharsets.UTF_8);
    Map<String, String> env = Map.of("RHC_JAR", JAR.toString(), "PRE_COMMIT_HOME", tmp.resolve("cache").toString());
    for (String state : List.of("before", "after")) {
      for (String host : hosts) {
        Path from = REPO.resolve("examples/audit/two-sentinels").resolve(state).resolve(host);
        Path to = Files.createDirectories(work.resolve("hosts").resolve(host));
        for (String file : List.of("redis.conf", "sentinel.conf")) {
          Files.deleteIfExists(to.resolve(file));
          if (Files.exists(from.resolve(file))) {
            Files.copy(from.resolve(file), to.resolve(file));
          }
        }
      }
      check(run(List.of("git", "add", "-A"), work, Map.of()));
      Run hook = run(List.of("pre-commit", "run", "rhc-audit", "--all-files"), work, env);
      if (state.equals("before")) {
        assertNotEquals(0, hook.exit(), hook.output());
        assertTrue(hook.output().contains("hosts/redis-1.lxd/sentinel.conf:4:1: error[RHC3001]"), hook.output());
      } else {
        assertEquals(0, hook.exit(), hook.output());
      }
    }
  }

  private record Run(int exit, String output) {}

  private static Run check(Run run) {
    assertEquals(0, run.exit(), run.output());
    return run;
  }

  private static boolean onPath(String program) throws Exception {
    return run(List.of("sh", "-c", "command -v " + program), REPO, Map.of()).exit() == 0;
  }

  private static Run run(List<String> command, Path dir, Map<String, String> env) throws IOException,
      InterruptedException {
    Path log = Files.createTempFile("run", ".log");
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    Process process = pb.start();
    if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(command + " did not finish within " + TIMEOUT);
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Run(process.exitValue(), output);
  }
}
