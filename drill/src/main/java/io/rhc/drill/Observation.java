package io.rhc.drill;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything recorded during one run: a write probe through every HAProxy (and, for a partition, the
 * clients on the isolated side), every data node's ROLE sampled from its own host, every HAProxy's
 * routable write servers from its metrics, and every sentinel's events from a PSUBSCRIBE.
 */
final class Observation implements AutoCloseable {
  private static final double STALE_S = 1.0;
  private static final java.util.Set<String> ELECTION = java.util.Set.of("+sdown", "+odown", "+tilt", "-tilt",
      "+new-epoch", "+try-failover", "+vote-for-leader", "+elected-leader", "-failover-abort-not-elected",
      "-failover-abort-no-good-slave", "+switch-master");

  /**
   * Prints the data nodes HAProxy's write frontend would pick, "node-0 node-2 |": a node backend whose
   * server is UP and, when the config has the sentinel-majority guard, with a majority of the sentinels its
   * agreement backend lists UP while no other node has as many. The majority is counted from the servers the
   * running process lists, so it holds across a reload that adds or removes sentinels.
   */
  private static final String ROUTABLE = """
      /^haproxy_server_status[{]proxy="redis_(agree_)?node_[0-9]+"/ {
        p = $0; sub(/.*proxy="redis_/, "", p); sub(/".*/, "", p)
        if (p ~ /^agree_/) {
          guarded = 1; sub(/^agree_/, "", p)
          s = $0; sub(/.*server="/, "", s); sub(/".*/, "", s)
          if (!((p, s) in listed)) { listed[p, s] = 1; servers[p]++ }
          if (/state="UP"/ && $NF == 1) agree[p]++
        }
        else if (/state="UP"/ && $NF == 1) up[p] = 1
      }
      END {
        for (p in servers) if (agree[p] >= int(servers[p] / 2) + 1) agreed++
        for (p in up) if (!guarded || (agree[p] >= int(servers[p] / 2) + 1 && agreed == 1)) {
          n = p; sub(/_/, "-", n); printf "%s ", n
        }
        print "|"
      }""";

  private final Cluster cluster;
  private final Layout observed;
  private final long origin = System.nanoTime();
  private final WriteProbe probe;
  private final Map<String, WriteProbe> proxyProbes = new LinkedHashMap<>();
  private final Map<String, WriteProbe> directProbes = new LinkedHashMap<>();
  private final Map<String, TimedLines> roles = new LinkedHashMap<>();
  private final Map<String, TimedLines> routes = new LinkedHashMap<>();
  private final Map<String, TimedLines> events = new LinkedHashMap<>();
  private final List<Timeline.Event> actions = new ArrayList<>();
  private long end;

  Observation(Cluster cluster, String proxy, String prefix) throws IOException {
    this(cluster, cluster.layout(), proxy, prefix);
  }

  /** Records every host of {@code observed}: a rollout observes the hosts of every layout it passes. */
  Observation(Cluster cluster, Layout observed, String proxy, String prefix) throws IOException {
    this.cluster = cluster;
    this.observed = observed;
    var spec = observed.spec();
    for (String node : observed.nodes()) {
      roles.put(node, cluster.watch(node, "role-" + node, false, "while :; do r=$(timeout 1 " + cluster.redisCli() + cluster.nodeLogin() + " -h " + node
          + " -p " + spec.nodes().port() + " ROLE 2>/dev/null | head -n 1); echo \"${r:-down}\"; sleep 0.2; done"));
    }
    for (String p : observed.proxies()) {
      routes.put(p, cluster.watch(p, "routes-" + p, false, "while :; do curl -s -m 1 http://127.0.0.1:"
          + spec.proxy().statsPort() + "/metrics | awk '" + ROUTABLE + "'; sleep 0.2; done"));
    }
    for (String s : observed.sentinels()) {
      // subscribed again whenever the sentinel restarts (or is not started yet)
      events.put(s, cluster.watch(s, "events-" + s, true, "while :; do " + cluster.redisCli() + " --csv -h " + s + " -p "
          + spec.sentinel().port() + " PSUBSCRIBE '*'; sleep 0.2; done"));
    }
    probe = cluster.probeThroughProxy(proxy, prefix, 0.05);
    proxyProbes.put("via haproxy on " + proxy, probe);
    for (String p : observed.proxies()) {
      if (!p.equals(proxy)) {
        proxyProbes.put("via haproxy on " + p, cluster.probeThroughProxy(p, prefix + "via-" + p + ":", 0.1));
      }
    }
  }

  WriteProbe probe() {
    return probe;
  }

  /** Every write client through an HAProxy (the main probe first), by name. */
  Map<String, WriteProbe> proxyProbes() {
    return proxyProbes;
  }

  /** Write clients straight to a data node, by name. */
  Map<String, WriteProbe> directProbes() {
    return directProbes;
  }

  /** Adds a client through an HAProxy, for example the one on the isolated host of a partition. */
  WriteProbe addProxyProbe(String name, WriteProbe added) {
    proxyProbes.put(name, added);
    return added;
  }

  /** Adds a client writing straight to a node, for example on the isolated side of a partition. */
  WriteProbe addDirectProbe(String name, WriteProbe added) {
    directProbes.put(name, added);
    return added;
  }

  /** Writes that a superseded master acknowledged through HAProxy while a newer one took writes. */
  SplitBrain splitBrain() {
    return SplitBrain.of(List.copyOf(proxyProbes.values()));
  }

  /** Marks something the drill did (fault, heal, restart) on the timeline; returns its time. */
  long mark(String source, String kind, String detail) {
    long now = System.nanoTime();
    synchronized (actions) {
      actions.add(new Timeline.Event(seconds(now), source, kind, detail));
    }
    return now;
  }

  double seconds(long nanos) {
    return (nanos - origin) / 1e9;
  }

  /** Stops every recorder; the timeline ends now. */
  void stop() {
    end = System.nanoTime();
    close();
  }

  /** Longest stretch without an acknowledged probe write that overlaps [{@code from}, end]. */
  double unavailability(long from) {
    List<WriteProbe.Attempt> acks = probe.acks();
    long previous = acks.stream().filter(a -> a.nanos() <= from).mapToLong(WriteProbe.Attempt::nanos).max()
        .orElse(origin);
    double worst = 0;
    for (WriteProbe.Attempt a : acks) {
      if (a.nanos() > from) {
        worst = Math.max(worst, (a.nanos() - previous) / 1e9);
        previous = a.nanos();
      }
    }
    return Math.max(worst, (end - previous) / 1e9 > 1.0 ? (end - previous) / 1e9 : 0);
  }

  /**
   * Longest stretch in [{@code from}, {@code to}] without an acknowledged write of any probe through a proxy
   * (each measured on its own, the worst one counts), a stretch that began before {@code from} included.
   */
  double longestGap(long from, long to) {
    double worst = 0;
    for (WriteProbe p : proxyProbes.values()) {
      long previous = from;
      for (WriteProbe.Attempt a : p.acks()) {
        if (a.nanos() <= from) {
          previous = a.nanos();
        } else if (a.nanos() <= to) {
          worst = Math.max(worst, (a.nanos() - previous) / 1e9);
          previous = a.nanos();
        }
      }
      worst = Math.max(worst, (to - previous) / 1e9);
    }
    return worst;
  }

  /** When a sentinel first published {@code kind} at or after {@code from}, in {@link System#nanoTime()} terms. */
  java.util.Optional<Long> firstEvent(String kind, long from) {
    double t = seconds(from);
    return timelineEvents().stream().filter(e -> e.kind().equals(kind) && e.at() >= t).findFirst()
        .map(e -> origin + (long) (e.at() * 1e9));
  }

  /** Seconds from {@code from} to the first {@code +switch-master} any sentinel published, if one did. */
  java.util.Optional<Double> promotion(long from) {
    double t = seconds(from);
    return timelineEvents().stream().filter(e -> e.kind().equals("+switch-master") && e.at() >= t)
        .map(e -> e.at() - t).findFirst();
  }

  /**
   * Whether a sentinel gave up an election it did not win since {@code from}: with an even number of voters
   * left, two sentinels can each vote for themselves, and Sentinel starts the next election only two
   * failover-timeouts after the first.
   */
  boolean electionAborted(long from) {
    double t = seconds(from);
    return timelineEvents().stream().anyMatch(e -> e.kind().equals("-failover-abort-not-elected") && e.at() >= t);
  }

  /** The down-state and election events the sentinels published since {@code from}, oldest first, at most 12. */
  List<String> electionEvents(long from) {
    double t = seconds(from);
    List<String> found = timelineEvents().stream().filter(e -> e.at() >= t && ELECTION.contains(e.kind()))
        .map(e -> String.format(java.util.Locale.ROOT, "%.2f s %s %s", e.at() - t, e.source(), e.kind())).toList();
    return found.subList(Math.max(0, found.size() - 12), found.size());
  }

  Timeline timeline() {
    Map<String, List<Timeline.Segment>> roleSegments = new TreeMap<>();
    roles.forEach((node, lines) -> roleSegments.put(node, segments(lines, Observation::roleOf)));
    Map<String, List<Timeline.Segment>> routeSegments = new TreeMap<>();
    routes.forEach((proxy, lines) -> routeSegments.put(proxy, segments(lines, Observation::routesOf)));
    List<Timeline.Write> writes = new ArrayList<>();
    probe.attempts().forEach(a -> writes.add(new Timeline.Write(seconds(a.nanos()), a.acked())));
    List<Timeline.Event> marks;
    synchronized (actions) {
      marks = List.copyOf(actions);
    }
    return new Timeline(seconds(end), writes, roleSegments, routeSegments, timelineEvents(), marks);
  }

  /**
   * Whether some instant saw two different servers routable (in one HAProxy or across them) while both
   * reported {@code role:master}: only then can writes split. HAProxies poll independently, so one may
   * still route to a demoted master for a moment after another moved on; that master refuses writes.
   */
  boolean twoRoutable() {
    return twoRoutable(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** {@link #twoRoutable()} at some instant between {@code from} and {@code to}. */
  boolean twoRoutable(long from, long to) {
    Map<String, TimedLines> sources = new TreeMap<>();
    routes.forEach((proxy, lines) -> sources.put("route " + proxy, lines));
    roles.forEach((node, lines) -> sources.put("role " + node, lines));
    List<String> nodes = observed.nodes();
    return maxAtOnce(sources, from, to, line -> line, latest -> (int) latest.entrySet().stream()
        .filter(e -> e.getKey().startsWith("route "))
        .flatMap(e -> java.util.Arrays.stream(routesOf(e.getValue()).split(",")))
        .filter(server -> !server.isEmpty())
        .distinct()
        .filter(server -> "master".equals(roleOf(latest.getOrDefault(
            "role " + nodes.get(Integer.parseInt(server.substring("node-".length()))), "down"))))
        .count()) >= 2;
  }

  /** Most nodes claiming the master role at one instant. */
  int maxMasters() {
    return maxAtOnce(roles, Long.MIN_VALUE, Long.MAX_VALUE, Observation::roleOf, latest -> (int) latest.values().stream()
        .filter("master"::equals).count());
  }

  /**
   * Walks every recorder's samples in time order, keeping each source's latest state (dropped once
   * older than {@link #STALE_S}), and returns the largest {@code measure} of those states.
   */
  private int maxAtOnce(Map<String, TimedLines> sources, long from, long to,
      java.util.function.Function<String, String> state, java.util.function.ToIntFunction<Map<String, String>> measure) {
    record Sample(long nanos, String source, String state) {}
    List<Sample> all = new ArrayList<>();
    sources.forEach((source, lines) -> lines.lines().forEach(l -> all.add(
        new Sample(l.nanos(), source, state.apply(l.text())))));
    all.sort(java.util.Comparator.comparingLong(Sample::nanos));
    Map<String, Sample> latest = new TreeMap<>();
    int worst = 0;
    for (Sample s : all) {
      latest.put(s.source(), s);
      if (s.nanos() < from || s.nanos() > to) {
        continue;
      }
      Map<String, String> fresh = new TreeMap<>();
      latest.values().stream().filter(l -> (s.nanos() - l.nanos()) / 1e9 <= STALE_S)
          .forEach(l -> fresh.put(l.source(), l.state()));
      worst = Math.max(worst, measure.applyAsInt(fresh));
    }
    return worst;
  }

  private List<Timeline.Event> timelineEvents() {
    List<Timeline.Event> found = new ArrayList<>();
    events.forEach((sentinel, lines) -> {
      for (TimedLines.Line line : lines.lines()) {
        List<String> fields = csv(line.text());
        if (fields.size() == 4 && fields.get(0).equals("pmessage") && !fields.get(2).startsWith("__")) {
          found.add(new Timeline.Event(seconds(line.nanos()), sentinel, fields.get(2), fields.get(3)));
        }
      }
    });
    found.sort(java.util.Comparator.comparingDouble(Timeline.Event::at));
    return found;
  }

  private List<Timeline.Segment> segments(TimedLines lines, java.util.function.Function<String, String> state) {
    List<Timeline.Segment> segments = new ArrayList<>();
    String current = null;
    double from = 0;
    for (TimedLines.Line line : lines.lines()) {
      String s = state.apply(line.text());
      double at = seconds(line.nanos());
      if (!s.equals(current)) {
        if (current != null) {
          segments.add(new Timeline.Segment(from, at, current));
        }
        current = s;
        from = at;
      }
    }
    if (current != null) {
      segments.add(new Timeline.Segment(from, seconds(end), current));
    }
    return segments;
  }

  private static String roleOf(String line) {
    String role = line.strip();
    return role.equals("slave") ? "replica" : role.isEmpty() ? "down" : role;
  }

  /** "node-0 node-2 |" to "node-0,node-2". */
  private static String routesOf(String line) {
    return String.join(",", new TreeSet<>(List.of(line.replace("|", "").trim().split("\\s+"))))
        .replaceAll("^,", "");
  }

  /** The fields of one redis-cli --csv line: double-quoted, comma-separated, backslash escapes. */
  static List<String> csv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '\\' && i + 1 < line.length()) {
        field.append(line.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  @Override
  public void close() {
    proxyProbes.values().forEach(WriteProbe::close);
    directProbes.values().forEach(WriteProbe::close);
    roles.values().forEach(TimedLines::close);
    routes.values().forEach(TimedLines::close);
    events.values().forEach(TimedLines::close);
  }
}
