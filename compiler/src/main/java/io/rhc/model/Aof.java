package io.rhc.model;

/** Append-only file settings. */
public record Aof(boolean enabled, Fsync fsync, int rewritePercentage, ByteSize rewriteMinSize) {}
