package io.rhc.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Short-lived commands with a deadline; a command that outlives it is killed. */
final class Commands {
  private Commands() {}

  record Result(int exit, String output) {
    boolean ok() {
      return exit == 0;
    }
  }

  static Result run(Duration deadline, Map<String, String> env, List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      byte[] out = p.getInputStream().readNBytes(1 << 20);
      if (!p.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IOException("timed out after " + deadline.toSeconds() + " s: " + String.join(" ", command));
      }
      return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + String.join(" ", command), e);
    }
  }

  static Result run(String... command) throws IOException {
    return run(Duration.ofSeconds(20), Map.of(), List.of(command));
  }

  static void must(String... command) throws IOException {
    Result r = run(command);
    if (!r.ok()) {
      throw new IOException("failed (exit " + r.exit() + "): " + String.join(" ", command) + ": " + r.output().strip());
    }
  }
}
