package io.rhc.rollout;

import io.rhc.model.Spec;
import java.util.Optional;
import java.util.Set;

/**
 * Node, sentinel, host and volume-size changes: each step keeps a sentinel majority and leaves no phantom
 * entry behind (a removed replica or sentinel stays in every sentinel's state until {@code SENTINEL RESET}).
 */
final class TopologyChanges {
  private static final Set<String> PATHS = Set.of("spec.nodes.count", "spec.sentinel.count",
      "spec.persistence.volume.size");

  private TopologyChanges() {}

  static boolean covers(String pattern) {
    return PATHS.contains(pattern) || pattern.startsWith("spec.nodes.list[].")
        || pattern.startsWith("spec.systemd.hosts");
  }

  static Optional<ClassifiedChange> classify(SettingChange change, Spec before, Spec after) {
    String path = change.pattern();
    if (path.startsWith("spec.nodes.list[].") && (change.before().isEmpty() || change.after().isEmpty())) {
      return Optional.of(new ClassifiedChange(change, ChangeKind.TOPOLOGY, "A node "
          + (change.after().isEmpty() ? "removed" : "added") + " with the node count."));
    }
    return switch (path) {
      case "spec.nodes.count" -> Optional.of(nodes(change, before.nodes().count(), after.nodes().count()));
      case "spec.sentinel.count" -> Optional.of(sentinels(change, before.sentinel().count(),
          after.sentinel().count()));
      case "spec.persistence.volume.size" -> Optional.of(volume(change, before, after));
      default -> path.startsWith("spec.systemd.hosts") ? Optional.of(host(change)) : Optional.empty();
    };
  }

  private static ClassifiedChange nodes(SettingChange change, int from, int to) {
    if (to > from) {
      return new ClassifiedChange(change, ChangeKind.TOPOLOGY, "Start " + (to - from) + " new data node"
          + (to - from == 1 ? "" : "s") + " one at a time; each joins as a replica (its init script asks the"
          + " sentinels for the master) and is listed by every sentinel before the next.");
    }
    return new ClassifiedChange(change, ChangeKind.TOPOLOGY, "Stop the " + (from - to) + " highest node"
        + (from - to == 1 ? "" : "s") + " (after handing the master over if it is one of them), then SENTINEL"
        + " RESET on each sentinel in turn so none keeps them as phantom replicas.");
  }

  private static ClassifiedChange sentinels(SettingChange change, int from, int to) {
    if (Math.abs(to - from) % 2 == 1) {
      return new ClassifiedChange(change, ChangeKind.REFUSED, "Going from " + from + " to " + to + " sentinels"
          + " passes an even count with no majority to spare; change the count by two at a time.");
    }
    if (to > from) {
      return new ClassifiedChange(change, ChangeKind.TOPOLOGY, "Start the new sentinels in pairs, so the count"
          + " is odd again at once; each pair is listed by every sentinel before the next.");
    }
    return new ClassifiedChange(change, ChangeKind.TOPOLOGY, "Stop sentinels in pairs, then SENTINEL RESET on"
        + " each remaining one in turn, waiting until it lists its peers again, so none counts the removed ones"
        + " as voters.");
  }

  private static ClassifiedChange volume(SettingChange change, Spec before, Spec after) {
    if (after.persistence().volume().size().compareTo(before.persistence().volume().size()) < 0) {
      return new ClassifiedChange(change, ChangeKind.REFUSED, "Volumes do not shrink. Deploy the new spec as a"
          + " second cluster and move the data by replication.");
    }
    return new ClassifiedChange(change, ChangeKind.GUIDED, "Grow each claim in place where the storage class"
        + " allows volume expansion: patch every claim's storage request, then replace the StatefulSet without"
        + " its pods (kubectl delete statefulset --cascade=orphan; kubectl apply), since claim templates cannot"
        + " change.");
  }

  private static ClassifiedChange host(SettingChange change) {
    if (change.pattern().equals("spec.systemd.hosts[].name") && change.before().isPresent()
        && change.after().isPresent()) {
      return new ClassifiedChange(change, ChangeKind.REFUSED, "A host's name is what sentinels and replicas know"
          + " it by; renaming it is removing one host and adding another: list the new host beside the old one,"
          + " roll that out, then drop the old one.");
    }
    return new ClassifiedChange(change, ChangeKind.TOPOLOGY, "Hosts and their roles change with the node and"
        + " sentinel counts.");
  }
}
