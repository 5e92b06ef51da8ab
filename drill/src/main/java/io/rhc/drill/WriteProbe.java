package io.rhc.drill;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes {@code <prefix><i>} to one address at a steady pace from a host's namespace, one redis-cli connection
 * per write, and records when each write was acknowledged or failed — and which master acknowledged it: the
 * write is a script that sets the key and returns the server's {@code master_replid}, which a master draws anew
 * when it is promoted, so two masters taking writes at once show up as two replication ids.
 */
final class WriteProbe implements AutoCloseable {
  /** {@code server}: the replication id of the master that acknowledged the write, empty when not acknowledged. */
  record Attempt(int index, long nanos, boolean acked, String server) {}

  private static final String SET_AND_NAME_MASTER = "redis.call('SET', KEYS[1], ARGV[1]) "
      + "return redis.call('INFO', 'replication'):match('master_replid:(%x+)')";
  private static final Pattern REPLICATION_ID = Pattern.compile("[0-9a-f]{40}");

  private final String prefix;
  private final String target;
  private final TimedLines output;

  WriteProbe(HostProcesses hosts, String fromHost, String host, int port, String user, String password,
      String prefix, double pauseSeconds) throws IOException {
    this.prefix = prefix;
    this.target = host + ":" + port + " from " + fromHost;
    String login = user.isEmpty() ? "" : " --user " + user;
    String loop = "i=0; while :; do i=$((i+1)); r=$(timeout 2 " + hosts.redisCli() + " -h " + host + " -p " + port + login + " EVAL \""
        + SET_AND_NAME_MASTER + "\" 1 " + prefix + "$i $i 2>&1 | tr '\\n' ' '); printf '%s %s\\n' \"$i\" \"$r\";"
        + " sleep " + pauseSeconds + "; done";
    Process p = hosts.spawn(fromHost, password.isEmpty() ? Map.of() : Map.of("REDISCLI_AUTH", password),
        "sh", "-c", loop);
    this.output = new TimedLines(p, "rhc-drill-probe-" + prefix);
  }

  String prefix() {
    return prefix;
  }

  /** Where the probe writes: "host:port from host". */
  String target() {
    return target;
  }

  List<Attempt> attempts() {
    List<Attempt> attempts = new ArrayList<>();
    for (TimedLines.Line line : output.lines()) {
      String[] parts = line.text().split(" ", 2);
      if (parts.length == 2 && !parts[0].isEmpty() && parts[0].chars().allMatch(Character::isDigit)) {
        String reply = parts[1].strip();
        boolean acked = REPLICATION_ID.matcher(reply).matches();
        attempts.add(new Attempt(Integer.parseInt(parts[0]), line.nanos(), acked, acked ? reply : ""));
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
   * loop pauses between writes, so every later one began after it.
   */
  List<Attempt> ackedStartedAfter(long nanos) {
    List<Attempt> attempts = attempts();
    int first = attempts.stream().filter(a -> a.nanos() > nanos).mapToInt(Attempt::index).min()
        .orElse(Integer.MAX_VALUE);
    return attempts.stream().filter(a -> a.acked() && a.index() > first).toList();
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
