package io.rhc.cli;

import io.rhc.rollout.ClassifiedChange;
import io.rhc.rollout.ClusterCommands;
import io.rhc.rollout.RolloutPlan;
import io.rhc.rollout.Step;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The plan as one JSON object: target, runnable, hand-overs, changes and steps (for tools that run it). */
final class RolloutJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private RolloutJson() {}

  static String render(RolloutPlan plan, ClusterCommands target) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("target", target.id());
    root.put("runnable", plan.refused().isEmpty());
    root.put("handOvers", plan.handOvers());
    ArrayNode changes = root.putArray("changes");
    for (ClassifiedChange c : plan.changes()) {
      ObjectNode change = changes.addObject().put("path", c.change().path());
      change.put("before", c.change().before().orElse(null)).put("after", c.change().after().orElse(null));
      change.put("kind", c.kind().label()).put("why", c.why());
      c.live().ifPresent(l -> change.putObject("live").put("scope", l.scope().name().toLowerCase(java.util.Locale.ROOT))
          .put("command", l.command()));
    }
    ArrayNode steps = root.putArray("steps");
    for (Step s : plan.steps()) {
      ObjectNode step = steps.addObject().put("action", s.action());
      s.commands().forEach(step.putArray("commands")::add);
      step.put("check", s.check()).put("unavailability", s.unavailability());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
