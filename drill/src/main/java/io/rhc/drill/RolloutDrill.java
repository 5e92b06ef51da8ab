package io.rhc.drill;

import io.rhc.emit.Artifact;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.Spec;
import io.rhc.rollout.ChangeKind;
import io.rhc.rollout.ClassifiedChange;
import io.rhc.rollout.ClusterCommands;
import io.rhc.rollout.RolloutPlan;
import io.rhc.rollout.RolloutPlanner;
import io.rhc.rollout.RolloutScript;
import io.rhc.rollout.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rhc drill --rollout OLD NEW [NEWER...]}: boots OLD in the lab, keeps writes flowing through every
 * HAProxy, and applies each next spec with the systemd script {@code rhc rollout --script} generates for it,
 * run as written (its ssh, rsync and systemctl reach the lab's hosts). A guided step is carried out as its
 * procedure says. Each step is measured: the longest stretch without an acknowledged write, acknowledged
 * writes lost, whether two masters were routable; after each change the running cluster must equal the new
 * spec.
 */
public final class RolloutDrill {
  private static final Pattern BEGIN = Pattern.compile("rhc rollout: step (\\d+): .*");
  private static final Pattern BY_HAND = Pattern.compile("rhc rollout: step (\\d+) is for the operator: .*");
  private static final Duration SCRIPT_DEADLINE = Duration.ofMinutes(10);
  private static final String PREFIX = "drill:rollout:";

  private final Consumer<String> progress;

  public RolloutDrill(Consumer<String> progress) {
    this.progress = progress;
  }

  /** One change of the chain, ready to run. */
  private record Change(int index, String from, String to, Layout before, Layout after, RolloutPlan plan,
      String script, List<Artifact> beforeFiles, List<Artifact> bundle) {}

  /** {@code names}: how the report names each spec (its file). */
  public RolloutReport run(List<ResolvedSpec> specs, List<String> names) throws DrillException, InterruptedException {
    if (specs.size() < 2) {
      throw new DrillException(DrillException.Kind.USAGE, "--rollout needs the running spec and at least one new spec");
    }
    List<Layout> layouts = specs.stream().map(Layout::of).toList();
    List<Change> changes = prepare(layouts, names);
    List<String> problems = Drill.preflight(specs.stream().anyMatch(r -> r.spec().tls().enabled()));
    if (!problems.isEmpty()) {
      throw new DrillException(DrillException.Kind.UNAVAILABLE, String.join("\n", problems));
    }
    Path work;
    try {
      work = Files.createTempDirectory("rhc-drill-rollout-");
    } catch (IOException e) {
      throw new DrillException(DrillException.Kind.FAILED, "cannot create a work directory: " + e.getMessage());
    }
    Cluster[] booted = new Cluster[1];
    Thread hook = new Thread(() -> cleanUp(booted[0], work), "rhc-drill-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      try {
        booted[0] = Cluster.boot(layouts, changes.get(0).beforeFiles(), work.resolve("boot"),
            "rhr" + ProcessHandle.current().pid() % 100000, progress);
      } catch (IOException | RuntimeException e) {
        throw new DrillException(DrillException.Kind.FAILED, "the cluster did not boot: " + DrillException.describe(e));
      }
      return runChain(booted[0], changes, work, layouts.get(0).spec().name());
    } finally {
      cleanUp(booted[0], work);
      booted[0] = null;
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook runs the same clean-up
      }
    }
  }

  private List<Change> prepare(List<Layout> layouts, List<String> names) throws DrillException {
    Spec first = layouts.get(0).spec();
    List<List<Artifact>> bundles = new ArrayList<>();
    for (Layout l : layouts) {
      bundles.add(Drill.emit(l));
    }
    List<Change> changes = new ArrayList<>();
    for (int i = 1; i < layouts.size(); i++) {
      Spec before = layouts.get(i - 1).spec();
      Spec after = layouts.get(i).spec();
      String what = "change " + i + " (" + names.get(i - 1) + " -> " + names.get(i) + ")";
      if (!after.name().equals(first.name()) || after.nodes().port() != first.nodes().port()
          || after.sentinel().port() != first.sentinel().port() || after.proxy().port() != first.proxy().port()
          || after.proxy().statsPort() != first.proxy().statsPort() || !after.proxy().enabled()) {
        throw new DrillException(DrillException.Kind.USAGE, what + ": the rollout drill keeps the cluster name, the"
            + " ports and HAProxy of the first spec, through which it writes and observes");
      }
      RolloutPlan plan = new RolloutPlanner().plan(before, after, ClusterCommands.SYSTEMD);
      if (!plan.refused().isEmpty()) {
        ClassifiedChange refused = plan.refused().get(0);
        throw new DrillException(DrillException.Kind.USAGE, what + " is refused by rhc rollout: "
            + refused.change().path() + ": " + refused.why());
      }
      if (plan.steps().isEmpty()) {
        throw new DrillException(DrillException.Kind.USAGE, what + " changes nothing");
      }
      for (ClassifiedChange c : plan.changes()) {
        if (c.kind() == ChangeKind.GUIDED && !AuthSwitchProcedure.covers(before, after)) {
          throw new DrillException(DrillException.Kind.USAGE, what + " has an operator step the drill cannot carry"
              + " out (" + c.change().path() + "): " + c.why());
        }
      }
      changes.add(new Change(i, names.get(i - 1), names.get(i), layouts.get(i - 1), layouts.get(i), plan,
          RolloutScript.render(plan, before, after, ClusterCommands.SYSTEMD), bundles.get(i - 1), bundles.get(i)));
    }
    return changes;
  }

  private RolloutReport runChain(Cluster cluster, List<Change> changes, Path work, String name)
      throws DrillException, InterruptedException {
    List<RolloutReport.StepResult> steps = new ArrayList<>();
    List<RolloutReport.ChangeResult> results = new ArrayList<>();
    List<String> mountpoints = cluster.processes().mountpoints();
    try (RolloutHosts hosts = new RolloutHosts(cluster, work, mountpoints, progress)) {
      Observation obs = new Observation(cluster, cluster.allHosts(), cluster.layout().proxies().get(0), PREFIX);
      List<Window> windows = new ArrayList<>();
      try {
        Await.until(Duration.ofSeconds(15), "10 acknowledged probe writes before the first change",
            () -> obs.probe().acks().size() >= 10);
        for (Change change : changes) {
          progress.accept("change " + change.index() + ": " + change.from() + " -> " + change.to());
          RolloutReport.ChangeResult result = runChange(cluster, hosts, obs, change, work, windows);
          results.add(result);
          if (!result.applied()) {
            break;
          }
        }
      } finally {
        obs.stop();
      }
      String master = cluster.agreedMaster(cluster.layout().sentinels());
      Set<String> missing = new TreeSet<>();
      for (WriteProbe p : obs.proxyProbes().values()) {
        Set<String> keys = master.isEmpty() ? Set.of() : cluster.keys(master, p.prefix());
        p.acks().stream().filter(a -> !keys.contains(p.prefix() + a.index()))
            .forEach(a -> missing.add(a.nanos() + " " + p.prefix() + a.index()));
      }
      List<WriteProbe.Attempt> allAcks = new ArrayList<>();
      obs.proxyProbes().values().forEach(p -> allAcks.addAll(p.acks()));
      List<WriteProbe.Attempt> superseded = SplitBrain.superseded(allAcks);
      for (Window w : windows) {
        long split = superseded.stream().filter(a -> a.nanos() > w.from() && a.nanos() <= w.to()).count();
        long lost = missing.stream().mapToLong(m -> Long.parseLong(m.substring(0, m.indexOf(' '))))
            .filter(t -> t > w.from() && t <= w.to()).count();
        steps.add(new RolloutReport.StepResult(w.change(), w.step(), w.title(), w.expected(),
            obs.longestGap(w.from(), w.to()), (int) lost, (int) split, obs.twoRoutable(w.from(), w.to())));
      }
      long acked = obs.proxyProbes().values().stream().mapToLong(p -> p.acks().size()).sum();
      return new RolloutReport(name, changes.size(), results, steps, acked, missing.size(), master);
    } catch (IOException | RuntimeException e) {
      throw new DrillException(DrillException.Kind.FAILED, "the rollout drill broke: " + DrillException.describe(e));
    }
  }

  /** One step's time on the lab's clock. */
  private record Window(int change, int step, String title, RolloutReport.Expected expected, long from, long to) {}

  private RolloutReport.ChangeResult runChange(Cluster cluster, RolloutHosts hosts, Observation obs, Change change,
      Path work, List<Window> windows) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(work.resolve("change-" + change.index()));
    Path script = Files.writeString(dir.resolve("rollout.sh"), change.script(), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    for (Artifact a : change.bundle()) {
      Path p = out.resolve(a.path());
      Files.createDirectories(p.getParent());
      Files.writeString(p, a.content(), StandardCharsets.UTF_8);
      p.toFile().setExecutable(a.executable(), false);
    }
    Path state = dir.resolve("rollout.state");
    Path log = dir.resolve("rollout.log");
    List<String> notes = new ArrayList<>();
    obs.mark("rollout", "change " + change.index(), change.to());
    String oldMaster = cluster.agreedMaster(cluster.layout().sentinels());
    int callsBefore = hosts.calls().size();
    for (int attempt = 0; attempt < 3; attempt++) {
      Run run = runScript(hosts, script, out, state, log, change.index());
      windows.addAll(run.windows(change));
      if (run.exit() == 0) {
        cluster.switchTo(change.after());
        List<RolloutHosts.Call> calls = hosts.calls();
        List<String> mismatches = new RolloutChecks(cluster, change.before(), change.after(), change.beforeFiles(),
            change.bundle(), oldMaster, calls.subList(callsBefore, calls.size()), change.script()).mismatches();
        return new RolloutReport.ChangeResult(change.index(), change.from(), change.to(), kinds(change.plan()),
            change.plan().steps().size(), true, mismatches, notes);
      }
      if (run.exit() != 3 || run.byHand() < 1) {
        notes.add("the script stopped (exit " + run.exit() + "): " + run.lastLines());
        return new RolloutReport.ChangeResult(change.index(), change.from(), change.to(), kinds(change.plan()),
            change.plan().steps().size(), false, List.of(), notes);
      }
      int step = run.byHand();
      RolloutReport.Expected expected = RolloutReport.Expected.of(change.plan().steps().get(step - 1).unavailability());
      long from = System.nanoTime();
      try {
        new AuthSwitchProcedure(cluster, progress).run(change.after());
      } catch (Await.DrillTimeout | IllegalStateException e) {
        windows.add(new Window(change.index(), step, title(change, step) + " (carried out by the drill: failed)",
            expected, from, System.nanoTime()));
        notes.add("the operator step " + step + " failed: " + e.getMessage());
        return new RolloutReport.ChangeResult(change.index(), change.from(), change.to(), kinds(change.plan()),
            change.plan().steps().size(), false, List.of(), notes);
      }
      windows.add(new Window(change.index(), step, title(change, step) + " (carried out by the drill)", expected,
          from, System.nanoTime()));
      Files.writeString(state, "done " + step + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      notes.add("step " + step + " is the operator's; the drill carried out its procedure, recorded it done and ran"
          + " the script again");
    }
    notes.add("the script stopped for the operator three times");
    return new RolloutReport.ChangeResult(change.index(), change.from(), change.to(), kinds(change.plan()),
        change.plan().steps().size(), false, List.of(), notes);
  }

  private static String title(Change change, int step) {
    String action = change.plan().steps().get(step - 1).action();
    int colon = action.indexOf("): ");
    return colon > 0 ? action.substring(0, colon + 1) : action;
  }

  private static String kinds(RolloutPlan plan) {
    return String.join(", ", plan.changes().stream().map(c -> c.kind().label()).distinct().toList());
  }

  /** One run of a change's script: its exit, its step lines with their times, the step left to the operator. */
  private record Run(int exit, List<TimedLines.Line> lines, long end, int byHand) {
    List<Window> windows(Change change) {
      List<Window> found = new ArrayList<>();
      List<TimedLines.Line> begins = lines.stream().filter(l -> BEGIN.matcher(l.text()).matches()).toList();
      for (int i = 0; i < begins.size(); i++) {
        Matcher m = BEGIN.matcher(begins.get(i).text());
        m.matches();
        int step = Integer.parseInt(m.group(1));
        if (step == byHand) {
          continue;
        }
        Step planned = change.plan().steps().get(step - 1);
        long to = i + 1 < begins.size() ? begins.get(i + 1).nanos() : end;
        found.add(new Window(change.index(), step, planned.action(), RolloutReport.Expected.of(
            planned.unavailability()), begins.get(i).nanos(), to));
      }
      return found;
    }

    String lastLines() {
      List<String> texts = lines.stream().map(TimedLines.Line::text).toList();
      return String.join(" | ", texts.subList(Math.max(0, texts.size() - 6), texts.size()));
    }
  }

  private Run runScript(RolloutHosts hosts, Path script, Path out, Path state, Path log, int change)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true)
        .directory(script.getParent().toFile());
    pb.environment().putAll(hosts.environment(out, state));
    Process p = pb.start();
    TimedLines lines = new TimedLines(p, "rhc-drill-rollout-" + change, line -> {
      if (line.startsWith("rhc rollout: ")) {
        progress.accept("  " + line.substring("rhc rollout: ".length()));
      }
    });
    try {
      if (!p.waitFor(SCRIPT_DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
        lines.close();
        throw new IOException("the rollout script of change " + change + " ran longer than "
            + SCRIPT_DEADLINE.toMinutes() + " min");
      }
      long end = System.nanoTime();
      Await.until(Duration.ofSeconds(5), "the script's last output", lines::drained);
      List<TimedLines.Line> read = lines.lines();
      Files.write(log, read.stream().map(TimedLines.Line::text).toList(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      int byHand = read.stream().map(l -> BY_HAND.matcher(l.text())).filter(Matcher::matches)
          .mapToInt(m -> Integer.parseInt(m.group(1))).findFirst().orElse(0);
      return new Run(p.exitValue(), read, end, byHand);
    } finally {
      lines.close();
    }
  }

  private void cleanUp(Cluster cluster, Path work) {
    if (cluster != null) {
      cluster.close();
    }
    WorkDirectory.remove(work, "install roots, scripts and logs", progress);
  }
}
