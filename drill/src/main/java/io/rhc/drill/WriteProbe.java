package io.rhc.drill;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes {@code SET <prefix><i> <i>} to one address every ~50 ms from a host's namespace, one
 * redis-cli connection per write, and records when each write was acknowledged (+OK) or failed.
 */
final class WriteProbe implements AutoCloseable {
  record Attempt(int index, long nanos, boolean acked) {}

  private final String prefix;
  private final TimedLines output;

  WriteProbe(HostProcesses hosts, String fromHost, String host, int port, String password, String prefix)
      throws IOException {
    this.prefix = prefix;
    String loop = "i=0; while :; do i=$((i+1)); r=$(timeout 2 redis-cli -h " + host + " -p " + port
        + " SET " + prefix + "$i $i 2>&1 | tr '\\n' ' '); printf '%s %s\\n' \"$i\" \"$r\"; sleep 0.05; done";
    Process p = hosts.spawn(fromHost, password.isEmpty() ? Map.of() : Map.of("REDISCLI_AUTH", password),
        "sh", "-c", loop);
    this.output = new TimedLines(p, "rhc-drill-probe-" + prefix);
  }

  String prefix() {
    return prefix;
  }

  List<Attempt> attempts() {
    List<Attempt> attempts = new ArrayList<>();
    for (TimedLines.Line line : output.lines()) {
      String[] parts = line.text().split(" ", 2);
      if (parts.length == 2 && !parts[0].isEmpty() && parts[0].chars().allMatch(Character::isDigit)) {
        attempts.add(new Attempt(Integer.parseInt(parts[0]), line.nanos(), parts[1].strip().equals("OK")));
      }
    }
    return attempts;
  }

  List<Attempt> acks() {
    return attempts().stream().filter(Attempt::acked).toList();
  }

  long ackedSince(long nanos) {
    return acks().stream().filter(a -> a.nanos() > nanos).count();
  }

  /**
   * Acknowledged writes begun after {@code nanos}. A write is timed when its result is read, which can trail the
   * write by a few milliseconds, so the first one read after {@code nanos} may have been written before it; the
   * loop waits 50 ms between writes, so every later one began after it.
   */
  long ackedStartedAfter(long nanos) {
    List<Attempt> attempts = attempts();
    int first = attempts.stream().filter(a -> a.nanos() > nanos).mapToInt(Attempt::index).min()
        .orElse(Integer.MAX_VALUE);
    return attempts.stream().filter(a -> a.acked() && a.index() > first).count();
  }

  Set<String> ackedKeys() {
    Set<String> keys = new TreeSet<>();
    acks().forEach(a -> keys.add(prefix + a.index()));
    return keys;
  }

  @Override
  public void close() {
    output.close();
  }
}
