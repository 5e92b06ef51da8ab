package io.rhc.model;

import java.util.OptionalInt;

/**
 * One data node. Node 0 is the master of a fresh cluster.
 *
 * @param override the position in {@code nodes.overrides} of the entry that names this node, if one does
 */
public record Node(int index, EngineType engine, EngineVersion version, String image, int replicaPriority,
    OptionalInt override) {}
