package io.rhc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the CLI: exit code and what it printed. In process through {@link Main#run} unless the
 * system property {@code rhc.binary} names an executable (the native image, see
 * {@code scripts/test-native.sh}): then every test runs that executable as a child process.
 */
record CliRun(int code, String out, String err) {
  private static final String BINARY = System.getProperty("rhc.binary", "");
  private static final long DEADLINE_SECONDS = 120;

  static CliRun of(String... args) {
    return withInput("", args);
  }

  /** A run whose standard input holds {@code stdin}. */
  static CliRun withInput(String stdin, String... args) {
    return BINARY.isEmpty() ? inProcess(stdin, args) : spawnedWithInput(Path.of(BINARY), stdin, args);
  }

  private static CliRun inProcess(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun spawned(Path binary, String... args) {
    return spawnedWithInput(binary, "", args);
  }

  static CliRun spawnedWithInput(Path binary, String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary.toAbsolutePath().toString());
    command.addAll(List.of(args));
    try {
      // files, not pipes: a child that fills one pipe while we drain the other would block forever
      Path out = Files.createTempFile("rhc-out", ".txt");
      Path err = Files.createTempFile("rhc-err", ".txt");
      Path in = Files.writeString(Files.createTempFile("rhc-in", ".txt"), stdin, StandardCharsets.UTF_8);
      try {
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(in.toFile())).start();
        if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException(command + " did not finish within " + DEADLINE_SECONDS + " s");
        }
        return new CliRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
