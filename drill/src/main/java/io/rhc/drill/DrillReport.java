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
  private final List<RunResult> runs;

  DrillReport(String cluster, String layout, List<RunResult> runs) {
    this.cluster = cluster;
    this.layout = layout;
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

  /** One line per run, then the broken objectives. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("drill of ").append(cluster).append(" (").append(layout).append(" host layout): ")
        .append(runs.size()).append(runs.size() == 1 ? " run\n" : " runs\n");
    out.append(String.format(Locale.ROOT, "%-23s %3s  %-8s %8s %9s %7s %9s %9s  %s%n", "scenario", "run", "result",
        "unavail", "promotion", "lost", "acked", "2-routed", "master"));
    for (RunResult r : runs) {
      out.append(String.format(Locale.ROOT, "%-23s %3d  %-8s %7.2fs %9s %7d %9d %9s  %s%n", r.scenario().id(),
          r.run(), r.error().isPresent() ? "ERROR" : r.passed() ? "pass" : "FAIL", r.unavailability(),
          r.promotion().map(p -> String.format(Locale.ROOT, "%.2fs", p)).orElse("-"), r.lost(), r.acked(),
          r.twoRoutable() ? "yes" : "no", r.oldMaster() + " -> " + (r.newMaster().isEmpty() ? "?" : r.newMaster())));
    }
    for (RunResult r : runs) {
      String at = r.scenario().id() + " run " + r.run();
      r.notes().forEach(n -> out.append("  ").append(at).append(": ").append(n).append('\n'));
      r.violations().forEach(v -> out.append("  ").append(at).append(": objective broken: ").append(v).append('\n'));
      r.error().ifPresent(e -> out.append("  ").append(at).append(": error: ").append(e).append('\n'));
    }
    out.append(passed() ? "every run met its objectives\n" : "some runs broke their objectives\n");
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
