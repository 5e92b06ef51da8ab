package io.rhc.target.systemd;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes {@code SET w<i> <i>} through HAProxy every ~50 ms from the client namespace, one redis-cli
 * connection per write, and records when each write was acknowledged (+OK).
 */
final class Writer implements AutoCloseable {
  record Ack(int index, long nanos) {}

  private final List<Ack> acks = new ArrayList<>();
  private final Process process;
  private final Thread reader;

  Writer(LiveHosts hosts, String clientHost, String proxyHost, int port, String password) throws IOException {
    String loop = "i=0; while :; do i=$((i+1)); r=$(redis-cli -h " + proxyHost + " -p " + port
        + " SET w$i $i 2>&1 | tr '\\n' ' '); printf '%s %s\\n' \"$i\" \"$r\"; sleep 0.05; done";
    process = hosts.spawn(clientHost, Map.of("REDISCLI_AUTH", password), null, "sh", "-c", loop);
    reader = new Thread(this::read, "rhc-live-writer");
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        long now = System.nanoTime();
        String[] parts = line.split(" ", 2);
        if (parts.length == 2 && parts[1].strip().equals("OK")) {
          synchronized (acks) {
            acks.add(new Ack(Integer.parseInt(parts[0]), now));
          }
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  List<Ack> acks() {
    synchronized (acks) {
      return List.copyOf(acks);
    }
  }

  int ackedSince(long nanos) {
    return (int) acks().stream().filter(a -> a.nanos() > nanos).count();
  }

  Set<String> ackedKeys() {
    Set<String> keys = new TreeSet<>();
    acks().forEach(a -> keys.add("w" + a.index()));
    return keys;
  }

  /** Seconds from {@code fromNanos} to the first acknowledgement after it. */
  double firstAckAfter(long fromNanos) {
    return acks().stream().filter(a -> a.nanos() > fromNanos).findFirst()
        .map(a -> (a.nanos() - fromNanos) / 1e9).orElse(Double.NaN);
  }

  /** The longest gap between consecutive acknowledgements overlapping [from, to], in seconds. */
  double longestGap(long from, long to) {
    List<Ack> list = acks();
    double worst = 0;
    for (int i = 1; i < list.size(); i++) {
      long a = list.get(i - 1).nanos();
      long b = list.get(i).nanos();
      if (b >= from && a <= to) {
        worst = Math.max(worst, (b - a) / 1e9);
      }
    }
    return worst;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
