package io.rhc.drill;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import io.rhc.model.ResolvedSpec;
import io.rhc.model.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code rhc drill}: boots a resolved spec's cluster on this machine, runs scenarios against it and
 * judges every run. Everything it creates (namespaces, processes, files) is removed when it
 * returns, when it fails, and on JVM shutdown (Ctrl-C).
 */
public final class Drill {
  private final Consumer<String> progress;

  /** {@code progress} receives one line per step (boot, each run, cleanup problems). */
  public Drill(Consumer<String> progress) {
    this.progress = progress;
  }

  /** Empty when this machine can run a drill, else what is missing (with the Debian packages to install). */
  public static List<String> preflight() {
    return Preflight.problems();
  }

  /** The same, for a TLS cluster: its lab certificates need openssl. */
  static List<String> preflight(boolean tls) {
    return Preflight.problems(tls);
  }

  /** Scenario names, in the order a full drill runs them. */
  public static List<String> scenarioNames() {
    return Spec.DRILL_SCENARIOS;
  }

  /**
   * Runs {@code scenarios} (the spec's {@code drill.scenarios} when empty), each {@code runs}
   * times, on one cluster booted from {@code resolved}.
   */
  public DrillReport run(ResolvedSpec resolved, List<String> scenarios, int runs)
      throws DrillException, InterruptedException {
    if (runs < 1) {
      throw new DrillException(DrillException.Kind.USAGE, "--runs must be at least 1");
    }
    List<Scenario> chosen = choose(scenarios.isEmpty() ? resolved.spec().drill().scenarios() : scenarios);
    List<String> problems = preflight(resolved.spec().tls().enabled());
    if (!problems.isEmpty()) {
      throw new DrillException(DrillException.Kind.UNAVAILABLE, String.join("\n", problems));
    }
    Layout layout = Layout.of(resolved);
    List<Artifact> bundles = emit(layout);
    Path work;
    try {
      work = Files.createTempDirectory("rhc-drill-");
    } catch (IOException e) {
      throw new DrillException(DrillException.Kind.FAILED, "cannot create a work directory: " + e.getMessage());
    }
    Session session = new Session(layout, bundles, work);
    Thread hook = new Thread(session::close, "rhc-drill-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return new DrillReport(layout.spec().name(), layout.kind(), layout.tls(),
          layout.spec().auth().mode().name().toLowerCase(java.util.Locale.ROOT), session.runAll(chosen, runs));
    } finally {
      session.close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook runs (or ran) the same close
      }
    }
  }

  private static List<Scenario> choose(List<String> ids) throws DrillException {
    List<Scenario> chosen = new ArrayList<>();
    for (String id : ids) {
      chosen.add(Scenario.byId(id).orElseThrow(() -> new DrillException(DrillException.Kind.USAGE,
          "unknown scenario `" + id + "`; scenarios: " + String.join(", ", Spec.DRILL_SCENARIOS))));
    }
    return chosen;
  }

  static List<Artifact> emit(Layout layout) throws DrillException {
    Target systemd = TargetRegistry.load().find("systemd").orElseThrow(() -> new DrillException(
        DrillException.Kind.FAILED, "the systemd target is not on the class path; rhc drill boots its bundles"));
    Diagnostics diagnostics = new Diagnostics();
    List<Artifact> files = systemd.emit(layout.spec(), new EmitContext(diagnostics));
    List<String> errors = diagnostics.all().stream().filter(Diagnostic::isError)
        .map(d -> d.code() + " " + d.path() + ": " + d.summary()).toList();
    if (!errors.isEmpty()) {
      throw new DrillException(DrillException.Kind.FAILED, "the systemd target cannot lay out this cluster: "
          + String.join("; ", errors));
    }
    return files;
  }

  /** One booted cluster at a time, rebooted after a run that left it broken; closed exactly once. */
  private final class Session {
    private final Layout layout;
    private final List<Artifact> bundles;
    private final Path work;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rhc-drill-watchdog");
      t.setDaemon(true);
      return t;
    });
    private Cluster cluster;
    private int boots;
    private boolean closed;

    Session(Layout layout, List<Artifact> bundles, Path work) {
      this.layout = layout;
      this.bundles = bundles;
      this.work = work;
    }

    List<RunResult> runAll(List<Scenario> scenarios, int runs) throws DrillException, InterruptedException {
      List<RunResult> results = new ArrayList<>();
      int remaining = scenarios.size() * runs;
      for (Scenario scenario : scenarios) {
        for (int run = 1; run <= runs; run++) {
          RunResult r = runOne(scenario, run, --remaining > 0);
          if (r.error().isEmpty()) {
            r = Objectives.judge(layout.spec().drill(), layout.spec().replication(), r);
          }
          RunResult judged = r;
          progress.accept(String.format(java.util.Locale.ROOT, "%s run %d: %s", scenario.id(), run,
              r.error().map(e -> "error: " + e).orElseGet(() -> judged.passed() ? judged.verdict() : "FAIL: "
                  + String.join("; ", judged.violations()))));
          results.add(r);
        }
      }
      return results;
    }

    private RunResult runOne(Scenario scenario, int run, boolean restoreAfter) throws DrillException, InterruptedException {
      ensureBooted();
      Spec spec = layout.spec();
      Duration limit = Duration.ofSeconds(150).plus(spec.sentinel().downAfter().plus(spec.sentinel()
          .failoverTimeout()).multipliedBy(2));
      progress.accept(scenario.id() + " run " + run + ": " + scenario.description());
      Thread runner = Thread.currentThread();
      ScheduledFuture<?> alarm = watchdog.schedule(runner::interrupt, limit.toMillis(), TimeUnit.MILLISECONDS);
      try {
        ScenarioRunner scenarioRunner = new ScenarioRunner(cluster, progress);
        RunResult result = scenarioRunner.run(scenario, run);
        if (restoreAfter) {
          try {
            scenarioRunner.restore();
          } catch (Await.DrillTimeout e) {
            progress.accept(e.getMessage());
            reboot();
          }
        }
        return result;
      } catch (InterruptedException e) {
        if (!alarm.isDone() || closed) {
          throw e;
        }
        reboot();
        return RunResult.failed(scenario, run, "watchdog: the run took longer than " + limit.toSeconds() + " s");
      } catch (IOException | RuntimeException e) {
        reboot();
        return RunResult.failed(scenario, run, DrillException.describe(e));
      } finally {
        alarm.cancel(false);
        Thread.interrupted();
      }
    }

    private void ensureBooted() throws DrillException, InterruptedException {
      if (cluster != null) {
        return;
      }
      if (boots++ > 3) {
        throw new DrillException(DrillException.Kind.FAILED, "the cluster broke after every reboot; giving up");
      }
      String prefix = "rhd" + ProcessHandle.current().pid() % 100000;
      try {
        cluster = Cluster.boot(layout, bundles, work.resolve("boot-" + boots), prefix, progress);
      } catch (IOException | RuntimeException e) {
        throw new DrillException(DrillException.Kind.FAILED, "the cluster did not boot: " + DrillException.describe(e));
      }
    }

    private void reboot() {
      progress.accept("the run left the cluster broken: booting a fresh one");
      if (cluster != null) {
        cluster.close();
        cluster = null;
      }
    }

    synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      watchdog.shutdownNow();
      if (cluster != null) {
        cluster.close();
        cluster = null;
      }
      WorkDirectory.remove(work, "install roots and logs", progress);
    }
  }
}
