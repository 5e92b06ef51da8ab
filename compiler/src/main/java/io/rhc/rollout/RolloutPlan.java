package io.rhc.rollout;

import java.util.List;

/** Every changed setting with its kind, and the ordered steps that apply them to the running cluster. */
public record RolloutPlan(List<ClassifiedChange> changes, List<Step> steps) {
  public RolloutPlan {
    changes = List.copyOf(changes);
    steps = List.copyOf(steps);
  }

  /** Changes no order of steps applies safely; a plan with any is not to be run. */
  public List<ClassifiedChange> refused() {
    return changes.stream().filter(c -> c.kind() == ChangeKind.REFUSED).toList();
  }

  public boolean has(ChangeKind kind) {
    return changes.stream().anyMatch(c -> c.kind() == kind);
  }

  /** Master hand-overs the plan makes, each one graceful switch of write unavailability. */
  public long handOvers() {
    return steps.stream().filter(s -> !s.unavailability().equals(Step.NONE)
        && !s.unavailability().equals(Step.PROXY_RESTARTS)).count();
  }
}
