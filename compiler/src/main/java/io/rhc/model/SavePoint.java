package io.rhc.model;

import java.time.Duration;

/** {@code save <seconds> <changes>}. */
public record SavePoint(Duration after, long changes) {}
