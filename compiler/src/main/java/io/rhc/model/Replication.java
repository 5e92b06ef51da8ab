package io.rhc.model;

import java.time.Duration;

/** Replication tuning. */
public record Replication(
    ByteSize backlogSize,
    OutputBufferLimit replicaOutputBuffer,
    int minReplicasToWrite,
    Duration minReplicasMaxLag,
    boolean disklessSync) {}
