package io.rhc.model;

/** {@code client-output-buffer-limit replica <hard> <soft> <seconds>}. */
public record OutputBufferLimit(ByteSize hard, ByteSize soft, int softSeconds) {}
