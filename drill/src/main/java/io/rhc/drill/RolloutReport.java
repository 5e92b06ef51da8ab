package io.rhc.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a rollout drill measured, per change and per step, judged by the rollout objectives: no acknowledged
 * write lost, never two masters routable, at most one graceful switch (≤ 2 s without an acknowledged write)
 * per master hand-over and no stretch over 1 s in any other step, and after each change a cluster that runs
 * the new spec.
 */
public final class RolloutReport {
  static final double HAND_OVER_LIMIT_S = 2.0;
  static final double STEP_LIMIT_S = 1.0;

  /** One change: whether its script ran to the end, and how the running cluster differed from the new spec. */
  record ChangeResult(int index, String from, String to, String kinds, int steps, boolean applied,
      List<String> mismatches, List<String> notes) {}

  /**
   * One step of a change's plan: the longest stretch without an acknowledged write through any proxy, the
   * acknowledged writes lost that were acknowledged during it, the writes a superseded master acknowledged
   * during it (split brain), and whether two servers reporting role:master were routable at one instant (a
   * stale proxy pointing at a paused or demoted master, which refuses the write, is reported, not failed).
   */
  record StepResult(int change, int step, String action, Expected expected, double gap, int lost, int split,
      boolean twoRoutable) {
    List<String> violations() {
      List<String> found = new ArrayList<>();
      double limit = expected == Expected.NONE ? STEP_LIMIT_S : HAND_OVER_LIMIT_S;
      if (gap > limit) {
        found.add(String.format(Locale.ROOT, "no acknowledged write for %.2f s (%s allows %.0f s)", gap,
            expected.allowance, limit));
      }
      if (lost > 0) {
        found.add(lost + " acknowledged writes lost");
      }
      if (split > 0) {
        found.add("split brain: " + split + " writes acknowledged by a superseded master while its successor took"
            + " writes");
      }
      return found;
    }
  }

  /** The write unavailability the plan announced for a step. */
  enum Expected {
    NONE("none", "a step without a switch"),
    HAND_OVER("hand-over", "a master hand-over"),
    PROXY_RESTARTS("proxies", "restarting one proxy at a time");

    final String label;
    final String allowance;

    Expected(String label, String allowance) {
      this.label = label;
      this.allowance = allowance;
    }

    static Expected of(String unavailability) {
      return unavailability.equals(io.rhc.rollout.Step.HAND_OVER) ? HAND_OVER
          : unavailability.equals(io.rhc.rollout.Step.PROXY_RESTARTS) ? PROXY_RESTARTS : NONE;
    }
  }

  private final String cluster;
  private final int planned;
  private final List<ChangeResult> changes;
  private final List<StepResult> steps;
  private final long acked;
  private final int lost;
  private final String finalMaster;

  RolloutReport(String cluster, int planned, List<ChangeResult> changes, List<StepResult> steps, long acked, int lost,
      String finalMaster) {
    this.cluster = cluster;
    this.planned = planned;
    this.changes = List.copyOf(changes);
    this.steps = List.copyOf(steps);
    this.acked = acked;
    this.lost = lost;
    this.finalMaster = finalMaster;
  }

  List<ChangeResult> changes() {
    return changes;
  }

  List<StepResult> steps() {
    return steps;
  }

  int lost() {
    return lost;
  }

  public boolean passed() {
    return violations().isEmpty();
  }

  /** Every broken objective, in order. */
  public List<String> violations() {
    List<String> found = new ArrayList<>();
    for (ChangeResult c : changes) {
      if (!c.applied()) {
        found.add("change " + c.index() + ": its script did not finish");
      }
      c.mismatches().forEach(m -> found.add("change " + c.index() + ": " + m));
    }
    if (changes.size() < planned) {
      found.add((planned - changes.size()) + " of " + planned + " changes did not run");
    }
    for (StepResult s : steps) {
      s.violations().forEach(v -> found.add("change " + s.change() + " step " + s.step() + ": " + v));
    }
    if (lost > 0 && steps.stream().mapToInt(StepResult::lost).sum() < lost) {
      found.add(lost + " acknowledged writes missing from the final master " + finalMaster);
    }
    return found;
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "rollout drill of %s: %d of %d changes run, %d acknowledged writes, %d lost"
        + "%n", cluster, changes.size(), planned, acked, lost));
    out.append(String.format(Locale.ROOT, "%-6s %4s  %-9s %7s %5s %5s %8s  %s%n", "change", "step", "expected",
        "gap", "lost", "split", "2-routed", "action"));
    for (StepResult s : steps) {
      String action = s.action().length() > 90 ? s.action().substring(0, 87) + "..." : s.action();
      out.append(String.format(Locale.ROOT, "%-6d %4d  %-9s %6.2fs %5d %5d %8s  %s%n", s.change(), s.step(),
          s.expected().label, s.gap(), s.lost(), s.split(), s.twoRoutable() ? "yes" : "no", action));
    }
    for (StepResult s : steps) {
      if (s.twoRoutable() && s.split() == 0) {
        out.append("change ").append(s.change()).append(" step ").append(s.step()).append(": two role:master"
            + " servers were routable at one instant (a proxy still pointing at the paused or demoted master), but"
            + " no superseded master acknowledged a write\n");
      }
    }
    for (ChangeResult c : changes) {
      out.append("change ").append(c.index()).append(" (").append(c.from()).append(" -> ").append(c.to())
          .append(", ").append(c.kinds()).append(", ").append(c.steps()).append(" steps): ")
          .append(!c.applied() ? "NOT applied" : c.mismatches().isEmpty() ? "the cluster runs the new spec"
              : "the cluster differs from the new spec").append('\n');
      c.notes().forEach(n -> out.append("  ").append(n).append('\n'));
      c.mismatches().forEach(m -> out.append("  differs: ").append(m).append('\n'));
    }
    List<String> violations = violations();
    violations.forEach(v -> out.append("objective broken: ").append(v).append('\n'));
    out.append(violations.isEmpty() ? "every change met the rollout objectives" : "the rollout broke its objectives");
    if (lost > 0) {
      out.append("; ").append(lost).append(" acknowledged writes were lost");
    }
    out.append('\n');
    out.append(String.format(Locale.ROOT, "gap: longest stretch without an acknowledged write through any proxy "
        + "(a hand-over or a proxy restart may take %.0f s, any other step %.0f s); split: writes a superseded "
        + "master acknowledged while its successor took writes (always a failure); 2-routed: two role:master servers "
        + "routable at one instant%n", HAND_OVER_LIMIT_S, STEP_LIMIT_S));
    return out.toString();
  }
}
