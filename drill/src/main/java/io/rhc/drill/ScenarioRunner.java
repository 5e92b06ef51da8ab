package io.rhc.drill;

import io.rhc.units.Durations;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Runs one scenario on a healthy cluster, measures it, and leaves the cluster healthy again. */
final class ScenarioRunner {
  private final Cluster cluster;
  private final Consumer<String> progress;
  private final Duration downAfter;
  private final Duration failoverWait;

  ScenarioRunner(Cluster cluster, Consumer<String> progress) {
    this.cluster = cluster;
    this.progress = progress;
    this.downAfter = cluster.spec().sentinel().downAfter();
    // a sentinel that lost an election (two voters each voting for themselves) starts the next one only after
    // twice the failover-timeout
    this.failoverWait = downAfter.plusSeconds(20).plus(cluster.spec().sentinel().failoverTimeout().multipliedBy(2));
  }

  /** What a scenario did beyond the common measurements. */
  private static final class Outcome {
    long fault = System.nanoTime();
    /** What promotion time counts from: the fault, or a graceful hand-over's failover request. */
    long switchFrom;
    boolean recovered = true;
    boolean promotedWhileForbidden;
    boolean promoted;
    boolean electionRetried;
    /** The isolated host's write clients of a partition, by name. */
    final Set<String> isolatedSide = new TreeSet<>();
    /** When the isolated master's host was cut off (after the fault was marked and the port went down). */
    long isolatedFrom;
    /** When the partition healed (after the port came back up). */
    long healedAt;
    final List<String> notes = new ArrayList<>();
  }

  RunResult run(Scenario scenario, int run) throws IOException, InterruptedException {
    List<String> sentinels = cluster.layout().sentinels();
    String master = cluster.agreedMaster(sentinels);
    if (master.isEmpty()) {
      throw new IllegalStateException("the sentinels do not agree on a master before the run");
    }
    String proxy = cluster.layout().proxies().stream().filter(p -> !p.equals(master)).findFirst()
        .orElse(cluster.layout().proxies().get(0));
    String prefix = "drill:" + scenario.id() + ":" + run + ":";
    Outcome outcome = new Outcome();
    String finalMaster;
    Observation obs = new Observation(cluster, proxy, prefix);
    try {
      Await.until(Duration.ofSeconds(15), "10 acknowledged probe writes before the fault",
          () -> obs.probe().acks().size() >= 10);
      try {
        switch (scenario) {
          case MASTER_CRASH -> masterCrash(obs, outcome, master);
          case GRACEFUL_STOP -> gracefulStop(obs, outcome, master);
          case MASTER_NEW_IP -> masterNewIp(obs, outcome, master);
          case CRASH_FAST_RESTART -> crashFastRestart(obs, outcome, master);
          case ONE_SENTINEL_DOWN -> oneSentinelDown(obs, outcome, master);
          case SENTINEL_MAJORITY_DOWN -> sentinelMajorityDown(obs, outcome, master);
          case PARTITION -> partition(obs, outcome, master);
        }
      } catch (Await.DrillTimeout e) {
        outcome.recovered = false;
        outcome.notes.add(e.getMessage());
      }
      finalMaster = cluster.agreedMaster(sentinels);
    } finally {
      obs.stop();
    }
    String named = finalMaster;
    if (!named.isEmpty() && cluster.info(named).isEmpty()) {
      cluster.restartMissing();
      boolean back = Await.within(Duration.ofSeconds(30), () -> !cluster.info(named).isEmpty());
      outcome.notes.add("the sentinels still named " + named + ", which was down: " + (back
          ? "acknowledged writes were counted once it was restarted" : "it did not answer within 30 s of a restart,"
          + " so every acknowledged write counts as lost"));
    }
    List<ProbeResult> probes = new ArrayList<>();
    obs.proxyProbes().forEach((name, p) -> probes.add(probeResult(name, p, true, outcome, finalMaster)));
    obs.directProbes().forEach((name, p) -> probes.add(probeResult(name, p, false, outcome, finalMaster)));
    SplitBrain split = obs.splitBrain();
    boolean twoRoutable = obs.twoRoutable();
    if (twoRoutable && split.writes() == 0) {
      outcome.notes.add("two servers reporting role:master were routable at one instant (a stale proxy), but no "
          + "superseded master acknowledged a write: it was paused or already refusing");
    }
    String afterHeal = cluster.spec().replication().minReplicasToWrite() >= 1
        ? " more after the heal, when the acknowledgements its replicas had queued during the partition reopened its "
            + "min-replicas guard" : " more after the heal, until the sentinels demoted it";
    for (ProbeResult p : probes) {
      p.isolated().ifPresent(w -> outcome.notes.add(String.format(Locale.ROOT, "%s: %d acknowledged writes lost; the "
          + "isolated master acknowledged its last write before the heal %.2f s after the cut%s", p.name(), p.lost(),
          w.window(), w.afterHeal() == 0 ? "" : " and " + w.afterHeal() + afterHeal)));
    }
    return new RunResult(scenario, run, master, finalMaster, outcome.promoted, outcome.promotedWhileForbidden,
        obs.unavailability(outcome.fault), obs.promotion(Math.max(outcome.fault, outcome.switchFrom)), probes, split, twoRoutable,
        obs.maxMasters(), outcome.recovered && !finalMaster.isEmpty(), outcome.electionRetried, outcome.notes, List.of(),
        Optional.empty(), Optional.empty(), obs.timeline());
  }

  private ProbeResult probeResult(String name, WriteProbe p, boolean throughProxy, Outcome o, String finalMaster) {
    Optional<ProbeResult.IsolatedWrites> isolated = o.isolatedSide.contains(name)
        ? Optional.of(isolatedWrites(p, o.isolatedFrom, o.healedAt)) : Optional.empty();
    return new ProbeResult(name, throughProxy, p.acks().size(), lost(finalMaster, p), isolated);
  }

  /** Restarts whatever the scenario left stopped and waits for a healthy cluster. */
  void restore() throws IOException, InterruptedException {
    cluster.restartMissing();
    cluster.awaitHealthy(Duration.ofSeconds(90));
  }

  private void masterCrash(Observation obs, Outcome o, String master) throws InterruptedException {
    o.fault = obs.mark(master, "kill -9", "redis-server");
    cluster.kill(master, "redis");
    awaitFailover(obs, o, master, o.fault, cluster.layout().sentinels());
  }

  private void gracefulStop(Observation obs, Outcome o, String master) throws IOException, InterruptedException {
    o.fault = obs.mark(master, "stop", "ExecStop (rhc-prestop.sh) then SIGTERM");
    cluster.stop(master, "redis", Duration.ofSeconds(40));
    obs.mark(master, "stopped", String.format(Locale.ROOT, "stop took %.2f s", obs.seconds(System.nanoTime())
        - obs.seconds(o.fault)));
    o.switchFrom = obs.firstEvent("+try-failover", o.fault).orElse(o.fault);
    awaitFailover(obs, o, master, o.fault, cluster.layout().sentinels());
    // the hook worsens the other replicas' priority for its one failover and must give it back
    if (!Await.within(Duration.ofSeconds(5), () -> cluster.priorityDrift().isEmpty())) {
      throw new IllegalStateException("the stop hook left replica-priority changed: "
          + String.join(", ", cluster.priorityDrift()));
    }
  }

  private void masterNewIp(Observation obs, Outcome o, String master) throws IOException, InterruptedException {
    o.fault = obs.mark(master, "kill -9", "redis-server");
    cluster.kill(master, "redis");
    String next = awaitFailover(obs, o, master, o.fault, cluster.layout().sentinels());
    String address = cluster.moveToNewAddress(master);
    obs.mark(master, "new address", address);
    cluster.start(master, "redis");
    boolean rejoined = Await.within(Duration.ofSeconds(45), () -> {
      var info = cluster.info(master);
      String current = cluster.agreedMaster(cluster.layout().sentinels());
      return "slave".equals(info.get("role")) && "up".equals(info.get("master_link_status"))
          && !current.isEmpty() && cluster.isAddressOf(current, info.getOrDefault("master_host", ""))
          && cluster.layout().sentinels().stream()
              .allMatch(s -> cluster.healthyReplicas(s) >= cluster.layout().nodes().size() - 1);
    });
    if (!rejoined) {
      o.recovered = false;
      o.notes.add(master + " did not rejoin as a healthy replica within 45 s of returning at " + address
          + " (role " + cluster.info(master).getOrDefault("role", "unreachable") + ")");
      return;
    }
    obs.mark(master, "rejoined", "replica of " + next + " at " + address);
    boolean noPhantom = Await.within(Duration.ofSeconds(10), () -> cluster.layout().sentinels().stream()
        .allMatch(s -> cluster.phantomReplicas(s).isEmpty()));
    if (!noPhantom) {
      o.recovered = false;
      for (String s : cluster.layout().sentinels()) {
        List<String> phantoms = cluster.phantomReplicas(s);
        if (!phantoms.isEmpty()) {
          o.notes.add("10 s after " + master + " rejoined, sentinel " + s + " still lists "
              + String.join(", ", phantoms) + ": the old address stayed behind as a phantom replica (sentinels"
              + " track addresses, not names)");
          break;
        }
      }
    }
    long second = obs.mark(next, "stop", "ExecStop (rhc-prestop.sh) then SIGTERM");
    cluster.stop(next, "redis", Duration.ofSeconds(40));
    String third = awaitFailover(obs, o, next, second, cluster.layout().sentinels());
    o.notes.add(master + " returned at " + address + ", rejoined, and " + third + " took over when " + next
        + " stopped");
  }

  private void crashFastRestart(Observation obs, Outcome o, String master) throws IOException, InterruptedException {
    o.fault = obs.mark(master, "kill -9", "redis-server");
    cluster.kill(master, "redis");
    cluster.start(master, "redis");
    long restarted = obs.mark(master, "restart", "");
    o.notes.add(String.format(Locale.ROOT, "restart issued %.0f ms after the kill", (restarted - o.fault) / 1e6));
    Await.until(failoverWait.plus(cluster.spec().sentinel().failoverTimeout()),
        "writes acknowledged again with a settled master", () -> {
          String m = cluster.agreedMaster(cluster.layout().sentinels());
          return obs.probe().ackedSince(o.fault) >= 5 && !m.isEmpty() && cluster.replicasUp(m);
        });
  }

  private void oneSentinelDown(Observation obs, Outcome o, String master) throws IOException, InterruptedException {
    List<String> sentinels = cluster.layout().sentinels();
    String down = sentinels.stream().filter(s -> !s.equals(master)).findFirst().orElse(sentinels.get(0));
    obs.mark(down, "stop", "sentinel");
    cluster.stop(down, "sentinel", Duration.ofSeconds(10));
    List<String> alive = sentinels.stream().filter(s -> !s.equals(down)).toList();
    o.fault = obs.mark(master, "kill -9", "redis-server");
    cluster.kill(master, "redis");
    awaitFailover(obs, o, master, o.fault, alive);
  }

  private void sentinelMajorityDown(Observation obs, Outcome o, String master)
      throws IOException, InterruptedException {
    List<String> sentinels = cluster.layout().sentinels();
    int majority = sentinels.size() / 2 + 1;
    List<String> ordered = new ArrayList<>(sentinels.stream().filter(s -> !s.equals(master)).toList());
    sentinels.stream().filter(s -> s.equals(master)).forEach(ordered::add);
    List<String> down = ordered.subList(0, majority);
    for (String s : down) {
      obs.mark(s, "stop", "sentinel");
      cluster.stop(s, "sentinel", Duration.ofSeconds(10));
    }
    o.fault = obs.mark(master, "kill -9", "redis-server");
    cluster.kill(master, "redis");
    Duration window = downAfter.plusSeconds(5);
    o.promotedWhileForbidden = Await.within(window, () -> cluster.layout().nodes().stream()
        .anyMatch(n -> !n.equals(master) && "master".equals(cluster.info(n).get("role"))));
    o.notes.add(String.format(Locale.ROOT, "%d of %d sentinels down: %s for %.0f s after the crash", majority,
        sentinels.size(), o.promotedWhileForbidden ? "a replica was PROMOTED" : "no promotion",
        (double) window.toSeconds()));
    long heal = obs.mark("sentinels", "start", String.join(" ", down));
    for (String s : down) {
      cluster.start(s, "sentinel");
    }
    try {
      String next = awaitFailover(obs, o, master, heal, sentinels);
      o.notes.add("after the sentinels returned, " + next + " was promoted");
    } catch (Await.DrillTimeout e) {
      o.recovered = false;
      o.notes.add("the returning sentinels did not fail over within " + failoverWait.toSeconds() + " s; writes "
          + "resumed only when the master returned");
      obs.mark(master, "start", "redis-server");
      cluster.start(master, "redis");
      cluster.awaitHealthy(Duration.ofSeconds(60));
    }
  }

  private void partition(Observation obs, Outcome o, String master) throws IOException, InterruptedException {
    String direct = "direct to " + master + " (isolated side)";
    WriteProbe isolated = obs.addDirectProbe(direct, cluster.probeOnNode(master,
        "drill:isolated:" + obs.probe().prefix()));
    o.isolatedSide.add(direct);
    List<WriteProbe> local = new ArrayList<>(List.of(isolated));
    if (cluster.layout().proxies().contains(master)) {
      String name = "via haproxy on " + master + " (isolated side)";
      local.add(obs.addProxyProbe(name, cluster.probeThroughLocalProxy(master,
          "drill:isolated-proxy:" + obs.probe().prefix())));
      o.isolatedSide.add(name);
    }
    Await.until(Duration.ofSeconds(10), "writes by the clients on the master's host",
        () -> local.stream().allMatch(p -> p.acks().size() >= 5));
    List<String> majoritySide = cluster.layout().sentinels().stream().filter(s -> !s.equals(master)).toList();
    o.fault = obs.mark(master, "partition", "bridge port down");
    cluster.isolate(master, true);
    o.isolatedFrom = System.nanoTime();
    String successor = awaitFailover(obs, o, master, o.fault, majoritySide);
    // Healing before the failover reaches every replica lets one of them resync from the isolated master, whose
    // min-replicas guard then reopens: a partition that short is bounded by the failover, not by the lag.
    Await.until(Duration.ofSeconds(30), "every majority-side replica following " + successor,
        () -> cluster.replicasFollow(successor, Set.of(master)));
    long heal = obs.mark(master, "heal", "bridge port up");
    cluster.isolate(master, false);
    o.healedAt = System.nanoTime();
    Await.until(Duration.ofSeconds(30), master + " demoted to a replica after the partition healed", () -> {
      var info = cluster.info(master);
      return "slave".equals(info.get("role")) && "up".equals(info.get("master_link_status"));
    });
    o.notes.add(String.format(Locale.ROOT, "partitioned for %.1f s; the isolated master acknowledged %d writes "
        + "begun after the cut", (heal - o.fault) / 1e9, local.stream()
        .mapToInt(p -> p.ackedStartedAfter(o.isolatedFrom).size()).sum()));
  }

  /** Waits until sentinels agree on a master other than {@code old} and the probe writes through it again. */
  private String awaitFailover(Observation obs, Outcome o, String old, long since, List<String> sentinels)
      throws InterruptedException {
    String[] next = {""};
    boolean done = Await.within(failoverWait, () -> {
      next[0] = cluster.agreedMaster(sentinels);
      return !next[0].isEmpty() && !next[0].equals(old) && obs.probe().ackedSince(since) >= 3;
    });
    if (!done) {
      List<String> events = obs.electionEvents(since);
      throw new Await.DrillTimeout("timed out after " + failoverWait.toSeconds() + " s waiting for a master other "
          + "than " + old + " and writes acknowledged again; sentinel events since then: "
          + (events.isEmpty() ? "none" : String.join(", ", events)));
    }
    o.promoted = true;
    if (obs.electionAborted(since)) {
      o.electionRetried = true;
      o.notes.add(String.format(Locale.ROOT, "the sentinels split their votes and aborted the first election; "
          + "Sentinel holds the next one for twice the failover-timeout (%s), which this failover waited for",
          Durations.format(cluster.spec().sentinel().failoverTimeout().multipliedBy(2))));
    }
    progress.accept("  " + next[0] + " promoted");
    return next[0];
  }

  /** What the isolated master (the one acknowledging before the cut) took from {@code p} after the cut. */
  private static ProbeResult.IsolatedWrites isolatedWrites(WriteProbe p, long cut, long heal) {
    String isolated = p.acks().stream().filter(a -> a.nanos() <= cut).reduce((a, b) -> b)
        .map(WriteProbe.Attempt::server).orElse("");
    List<WriteProbe.Attempt> taken = p.ackedStartedAfter(cut).stream().filter(a -> a.server().equals(isolated))
        .toList();
    double window = taken.stream().filter(a -> a.nanos() <= heal).mapToDouble(a -> (a.nanos() - cut) / 1e9).max()
        .orElse(0);
    return new ProbeResult.IsolatedWrites(window, (int) taken.stream().filter(a -> a.nanos() > heal).count());
  }

  private int lost(String master, WriteProbe probe) {
    Set<String> missing = new TreeSet<>(probe.ackedKeys());
    if (master.isEmpty()) {
      return missing.size();
    }
    missing.removeAll(cluster.keys(master, probe.prefix()));
    return missing.size();
  }
}
