package io.rhc.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code rhc init} writes a spec for: the answers, and the topology they imply. Only valid answers make
 * one (the checks live in {@link InitValues}); {@link StarterSpecText} turns it into the commented YAML.
 */
record StarterSpec(Target target, int nodes, String memory, Data data, String name, String schemaRef) {
  static final int MIN_NODES = 2;
  static final int MAX_NODES = 9;
  /** Resolved by editors beside the spec; `rhc schema > spec.schema.json` writes it there. */
  static final String DEFAULT_SCHEMA = "spec.schema.json";

  /** The deployment targets a starter spec is written for. */
  enum Target {
    KUBERNETES,
    COMPOSE,
    SYSTEMD;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What the data in the cluster is, which decides eviction, persistence and replication safety. */
  enum Data {
    QUEUE,
    CACHE,
    MUST_SURVIVE;

    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean mustSurvive() {
      return this != CACHE;
    }
  }

  static Optional<Target> target(String id) {
    return Arrays.stream(Target.values()).filter(t -> t.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
  }

  static Optional<Data> data(String id) {
    return Arrays.stream(Data.values()).filter(d -> d.id().equals(id.toLowerCase(Locale.ROOT))).findFirst();
  }

  static List<String> targetIds() {
    return Arrays.stream(Target.values()).map(Target::id).toList();
  }

  static List<String> dataIds() {
    return Arrays.stream(Data.values()).map(Data::id).toList();
  }

  /** An odd count of co-located sentinels keeps a majority after losing one; an even one gets dedicated ones. */
  boolean sentinelsColocated() {
    return nodes % 2 == 1;
  }

  /** Co-located: one per node. Dedicated: odd, at least 3, at most 5 (more only slows the elections). */
  int sentinels() {
    return sentinelsColocated() ? nodes : Math.max(3, Math.min(nodes - 1, 5));
  }

  int quorum() {
    return sentinels() / 2 + 1;
  }

  /** A master refusing writes without a replica only makes sense with a second replica to fail over to. */
  boolean minReplicasToWrite() {
    return data.mustSurvive() && nodes >= 3;
  }

  /** The equivalent command line, written into the spec so it can be regenerated. */
  String commandLine() {
    return "rhc init --target " + target.id() + " --nodes " + nodes + " --memory " + memory + " --data " + data.id()
        + " --name " + name + (schemaRef.equals(DEFAULT_SCHEMA) ? "" : " --schema " + schemaRef);
  }
}
