package io.rhc.rollout;

import java.util.List;

/**
 * One step of a rollout, taken only after the previous one's check passed.
 *
 * @param action what to do, in one sentence
 * @param commands the commands that do it, in order (empty for a step the operator takes)
 * @param check what must hold before the next step, with its deadline
 * @param unavailability the write unavailability clients see: none, one graceful hand-over, or proxy restarts
 * @param script the step as lines of the rollout script, which call its helper functions ({@link RolloutScript})
 */
public record Step(String action, List<String> commands, String check, String unavailability, List<String> script) {
  public static final String NONE = "none";
  public static final String HAND_OVER = "one graceful hand-over (the drill measures it)";
  /** A reload keeps the environment HAProxy started with: new password variables need a restart. */
  public static final String PROXY_RESTARTS = "each proxy restarts once, one at a time: its clients reconnect"
      + " (the drill measures it)";

  public Step {
    commands = List.copyOf(commands);
    script = List.copyOf(script);
  }

  Step(String action, List<String> commands, String check, String unavailability) {
    this(action, commands, check, unavailability, List.of());
  }

  Step withScript(String... lines) {
    return new Step(action, commands, check, unavailability, List.of(lines));
  }

  Step withScript(List<String> lines) {
    return new Step(action, commands, check, unavailability, lines);
  }
}
