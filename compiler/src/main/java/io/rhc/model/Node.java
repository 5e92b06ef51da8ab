package io.rhc.model;

/** One data node. Node 0 is the master of a fresh cluster. */
public record Node(int index, EngineType engine, EngineVersion version, String image, int replicaPriority) {}
