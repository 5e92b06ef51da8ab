package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs real programs for the tests, each with a deadline. */
final class Run {
  private Run() {}

  record Result(int exit, String output) {}

  /** Skips the test when a program is missing, except on CI where it must be installed. */
  static void require(String program) {
    boolean found = Files.isExecutable(Path.of("/usr/bin", program)) || Files.isExecutable(Path.of("/bin", program));
    if (!found && "true".equals(System.getenv("CI"))) {
      fail(program + " is not installed (CI=true: required)");
    }
    assumeTrue(found, program + " is not installed");
  }

  static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "run", ".out");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(out.toFile());
    builder.environment().putAll(env);
    Process p = builder.start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command + " did not finish within 30 s");
    }
    String output = Files.readString(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new Result(p.exitValue(), output);
  }
}
