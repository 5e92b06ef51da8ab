package io.rhc.drill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The runs of one drill: a text summary, {@code report.json} and {@code timeline.svg}. */
public final class DrillReport {
  private final String cluster;
  private final String layout;
  private final boolean tls;
  private final String authMode;
  private final List<RunResult> runs;

  /**
   * @param tls whether every hop spoke TLS: the servers, HAProxy's checks, the scripts and the drill's clients
   * @param authMode {@code none}, {@code password} or {@code acl} (rhc's users and the drill's own logged in)
   */
  DrillReport(String cluster, String layout, boolean tls, String authMode, List<RunResult> runs) {
    this.cluster = cluster;
    this.layout = layout;
    this.tls = tls;
    this.authMode = authMode;
    this.runs = List.copyOf(runs);
  }

  /** Whether every run met every objective and expectation. */
  public boolean passed() {
    return runs.stream().allMatch(RunResult::passed);
  }

  public int runCount() {
    return runs.size();
  }

  List<RunResult> runs() {
    return runs;
  }

  String cluster() {
    return cluster;
  }

  String layout() {
    return layout;
  }

  boolean tls() {
    return tls;
  }

  String authMode() {
    return authMode;
  }

  /** One line per run, then the broken objectives. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("drill of ").append(cluster).append(" (").append(layout).append(" host layout")
        .append(tls ? ", TLS on every hop" : "").append(authMode.equals("acl") ? ", ACL users" : "").append("): ")
        .append(runs.size()).append(runs.size() == 1 ? " run\n" : " runs\n");
    out.append(String.format(Locale.ROOT, "%-23s %3s %8s %9s %6s %7s %6s %8s  %-28s %s%n", "scenario", "run",
        "unavail", "promotion", "lost", "acked", "split", "2-routed", "master", "result"));
    for (RunResult r : runs) {
      out.append(String.format(Locale.ROOT, "%-23s %3d %7.2fs %9s %6d %7d %6d %8s  %-28s %s%n", r.scenario().id(),
          r.run(), r.unavailability(), r.promotion().map(p -> String.format(Locale.ROOT, "%.2fs", p)).orElse("-"),
          r.lost(), r.acked(), r.splitBrain().writes(), r.twoRoutable() ? "yes" : "no",
          r.oldMaster() + " -> " + (r.newMaster().isEmpty() ? "?" : r.newMaster()), r.verdict()));
    }
    for (RunResult r : runs) {
      String at = r.scenario().id() + " run " + r.run();
      r.notes().forEach(n -> out.append("  ").append(at).append(": ").append(n).append('\n'));
      r.violations().forEach(v -> out.append("  ").append(at).append(": objective broken: ").append(v).append('\n'));
      r.error().ifPresent(e -> out.append("  ").append(at).append(": error: ").append(e).append('\n'));
    }
    long failed = runs.stream().filter(r -> !r.passed()).count();
    long lossy = runs.stream().filter(r -> r.passed() && r.lost() > 0).count();
    out.append(failed == 0 ? "every run met its objectives" : failed + " of " + runs.size()
        + (runs.size() == 1 ? " run" : " runs") + " broke their objectives");
    if (lossy > 0) {
      out.append("; ").append(lossy).append(lossy == 1 ? " passing run" : " passing runs")
          .append(" still lost acknowledged writes");
    }
    out.append('\n');
    out.append("split: writes a superseded master acknowledged through HAProxy while its successor took writes "
        + "(always a failure); 2-routed: two role:master servers routable at one instant\n");
    return out.toString();
  }

  /** Writes report.txt, report.json and timeline.svg into {@code dir}; returns the files written. */
  public List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(Files.writeString(dir.resolve("report.txt"), text(), StandardCharsets.UTF_8));
    written.add(Files.writeString(dir.resolve("report.json"), JsonReport.render(this), StandardCharsets.UTF_8));
    written.add(Files.writeString(dir.resolve("timeline.svg"), TimelineSvg.render(this), StandardCharsets.UTF_8));
    return written;
  }
}
