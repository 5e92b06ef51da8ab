package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a real shell on a script; scripts/test.sh installs bash, zsh and fish. */
final class Shells {
  private static final long DEADLINE_SECONDS = 60;

  private Shells() {}

  /** A shell's exit code and what it printed. */
  record Result(int code, String out, String err) {}

  /** Skips the test when {@code shell} is not installed, and fails it then on CI (CI=true). */
  static void require(String shell) {
    boolean found = Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, shell)));
    if (!found && "true".equals(System.getenv("CI"))) {
      fail(shell + " is not installed (CI=true: required; scripts/test.sh installs it)");
    }
    assumeTrue(found, shell + " is not installed");
  }

  static Result run(Path dir, String... command) {
    List<String> line = List.of(command);
    try {
      Path out = Files.createTempFile(dir, "out", ".txt");
      Path err = Files.createTempFile(dir, "err", ".txt");
      Process process = new ProcessBuilder(line).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(line + " did not finish within " + DEADLINE_SECONDS + " s");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
