package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real programs the tests need; a missing one skips the test, or fails it when CI=true. */
final class Programs {
  private Programs() {}

  record Result(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static void require(String... programs) {
    for (String program : programs) {
      boolean found = List.of("/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/").stream()
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

  static Result run(Map<String, String> env, Path dir, String... command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    if (dir != null) {
      pb.directory(dir.toFile());
    }
    Path out = Files.createTempFile("rhc-out", ".txt");
    Path err = Files.createTempFile("rhc-err", ".txt");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("timed out after 60 s: " + String.join(" ", command));
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static Result run(String... command) throws IOException {
    return run(Map.of(), null, command);
  }
}
