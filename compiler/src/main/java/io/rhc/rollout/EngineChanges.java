package io.rhc.rollout;

import io.rhc.lint.facts.RdbFormats;
import io.rhc.lint.facts.RunningEngine;
import io.rhc.model.Node;
import io.rhc.model.Spec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Engine type, version and image changes, judged by the RDB format each node writes before and after: a
 * master only ever hands its RDB to replicas that can read it. Moving up, every replica is upgraded before
 * an upgraded node is promoted (the seed 000 incident: an 8.x master whose RDB format 13 its 7.4 replicas
 * rejected after a failover); moving down, no order works.
 */
final class EngineChanges {
  private static final Set<String> PATHS = Set.of("spec.engine.type", "spec.engine.version", "spec.engine.image",
      "spec.nodes.list[].engine", "spec.nodes.list[].version", "spec.nodes.list[].image");

  private EngineChanges() {}

  static boolean covers(String pattern) {
    return PATHS.contains(pattern);
  }

  static Optional<ClassifiedChange> classify(SettingChange change, Spec before, Spec after) {
    if (!covers(change.pattern()) || change.before().isEmpty() || change.after().isEmpty()) {
      return Optional.empty();
    }
    OptionalInt oldest = highest(before.nodes().list());
    OptionalInt newest = lowest(after.nodes().list());
    OptionalInt newHighest = highest(after.nodes().list());
    if (oldest.isEmpty() || newest.isEmpty() || newHighest.isEmpty()) {
      return Optional.of(new ClassifiedChange(change, ChangeKind.ROLLING, "rhc does not know the RDB format of "
          + describe(before) + " or " + describe(after) + ": restart one replica first and check that it"
          + " completes a full sync (master_link_status:up) before the others."));
    }
    if (newest.getAsInt() < oldest.getAsInt()) {
      return Optional.of(new ClassifiedChange(change, ChangeKind.REFUSED, describe(after) + " reads RDB format"
          + " up to " + newest.getAsInt() + ", but " + describe(before) + " writes format " + oldest.getAsInt()
          + ": a node moved back could not load its own data or a full sync from any node not yet moved. Copy the"
          + " keys logically (a tool that reads and rewrites values, not RDB files or DUMP payloads) into a new"
          + " cluster on the older engine."));
    }
    String why = newHighest.getAsInt() > oldest.getAsInt()
        ? "Replicas first, one at a time; then a graceful hand-over to an upgraded replica; the old master last."
            + " No node on the new engine is promoted while any replica still runs the old one: it would send them"
            + " RDB format " + newHighest.getAsInt() + ", which " + describe(before) + " cannot load."
        : "Replicas first, one at a time; then a graceful hand-over; the old master last (same RDB format "
            + oldest.getAsInt() + " before and after).";
    return Optional.of(new ClassifiedChange(change, ChangeKind.ROLLING, why));
  }

  private static String describe(Spec spec) {
    return spec.nodes().list().stream().map(EngineChanges::running).map(RunningEngine::describe).distinct()
        .reduce((a, b) -> a + "/" + b).orElse("the engine");
  }

  private static RunningEngine running(Node n) {
    return RunningEngine.of(n.image(), n.engine(), n.version());
  }

  private static OptionalInt format(Node n) {
    RunningEngine e = running(n);
    return RdbFormats.of(e.type(), e.version());
  }

  private static OptionalInt highest(List<Node> nodes) {
    if (nodes.stream().anyMatch(n -> format(n).isEmpty())) {
      return OptionalInt.empty();
    }
    return nodes.stream().mapToInt(n -> format(n).getAsInt()).max();
  }

  private static OptionalInt lowest(List<Node> nodes) {
    if (nodes.stream().anyMatch(n -> format(n).isEmpty())) {
      return OptionalInt.empty();
    }
    return nodes.stream().mapToInt(n -> format(n).getAsInt()).min();
  }
}
