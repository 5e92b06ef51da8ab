package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real programs the tests run: a missing one skips the test, or fails it when CI=true. */
final class Programs {
  private Programs() {}

  record Result(int exit, String output) {}

  static void require(String... programs) {
    for (String program : programs) {
      boolean found = List.of("/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/", "/usr/local/bin/").stream()
          .anyMatch(dir -> Files.isExecutable(Path.of(dir + program)));
      requireThat(found, program + " is not installed");
    }
  }

  static void requireThat(boolean ok, String why) {
    if (!ok && "true".equals(System.getenv("CI"))) {
      fail(why + " (CI=true: required)");
    }
    assumeTrue(ok, why);
  }

  /** Runs a program to completion (bounded), output and errors merged. */
  static Result run(Path dir, List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, "timed out: " + command);
    }
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
