package io.rhc.cli;

import io.rhc.rollout.ChangeKind;
import io.rhc.rollout.ClassifiedChange;
import io.rhc.rollout.ClusterCommands;
import io.rhc.rollout.RolloutPlan;
import io.rhc.rollout.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The plan as a runbook: the changes grouped by kind, then the numbered steps with commands and checks. */
final class RolloutText {
  private RolloutText() {}

  static String render(RolloutPlan plan, ClusterCommands target, String old, String next) {
    StringBuilder out = new StringBuilder();
    out.append("rollout ").append(old).append(" -> ").append(next).append(" (").append(target.id()).append(")\n");
    if (plan.changes().isEmpty()) {
      return out.append("nothing to change: both specs resolve to the same values\n").toString();
    }
    out.append("\nchanges:\n");
    for (ChangeKind kind : ChangeKind.values()) {
      // changes that share a reason (one engine change on every node) are listed together, the reason once
      Map<String, List<ClassifiedChange>> byReason = new LinkedHashMap<>();
      plan.changes().stream().filter(c -> c.kind() == kind)
          .forEach(c -> byReason.computeIfAbsent(c.why(), k -> new ArrayList<>()).add(c));
      byReason.forEach((why, group) -> {
        for (ClassifiedChange c : group) {
          out.append("  ").append(String.format("%-16s", kind.label())).append(c.change().path()).append(": ")
              .append(c.change().describe()).append('\n');
        }
        out.append("                  ").append(why).append('\n');
      });
    }
    if (!plan.refused().isEmpty()) {
      return out.append("\nno plan: ").append(Counts.of(plan.refused().size(), "change"))
          .append(" cannot be rolled out on a running cluster (see above)\n").toString();
    }
    out.append('\n');
    return renderSteps(plan, out.toString());
  }

  /** {@code header}, then the numbered steps with their commands and checks, and the count of switches. */
  static String renderSteps(RolloutPlan plan, String header) {
    StringBuilder out = new StringBuilder(header);
    out.append("steps (each only after the previous check holds):\n");
    int n = 1;
    for (Step step : plan.steps()) {
      out.append(String.format("%3d. ", n++)).append(step.action()).append('\n');
      for (String command : step.commands()) {
        out.append("       $ ").append(command).append('\n');
      }
      out.append("       check: ").append(step.check()).append('\n');
      if (!step.unavailability().equals(Step.NONE)) {
        out.append("       write unavailability: ").append(step.unavailability()).append('\n');
      }
    }
    return out.append("\n").append(Counts.of(plan.steps().size(), "step")).append(", ")
        .append(plan.handOvers() == 0 && gracefulOnly(plan) ? "no master hand-over: writes never pause"
            : plan.handOvers() == 0 ? "no master hand-over; proxies restart one at a time (see the steps)"
            : gracefulOnly(plan)
            ? Counts.of(plan.handOvers(), "master hand-over") + " (one graceful switch of write unavailability each)"
            : Counts.of(plan.handOvers(), "switch") + " of write unavailability (see the steps)").append('\n')
        .toString();
  }

  private static boolean gracefulOnly(RolloutPlan plan) {
    return plan.steps().stream().allMatch(s -> s.unavailability().equals(Step.NONE)
        || s.unavailability().equals(Step.HAND_OVER));
  }
}
