package io.rhc.drill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The output lines of a background process, each stamped with the monotonic time it was read. */
final class TimedLines implements AutoCloseable {
  record Line(long nanos, String text) {}

  private final Process process;
  private final List<Line> lines = new ArrayList<>();
  private final Thread reader;

  private final java.util.function.Consumer<String> each;

  TimedLines(Process process, String name) {
    this(process, name, line -> {});
  }

  /** {@code each} sees every line as it is read. */
  TimedLines(Process process, String name, java.util.function.Consumer<String> each) {
    this.process = process;
    this.each = each;
    this.reader = new Thread(this::read, name);
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        long now = System.nanoTime();
        synchronized (lines) {
          lines.add(new Line(now, line));
        }
        each.accept(line);
      }
    } catch (IOException e) {
      // the process ended or was killed: nothing more to record
    }
  }

  /** Whether every line the process wrote has been read (it closed its output). */
  boolean drained() {
    return !reader.isAlive();
  }

  List<Line> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
