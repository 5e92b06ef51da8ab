package io.rhc.model;

import java.time.Duration;

/** Policy thresholds of lint rules, tunable per spec. */
public record Thresholds(
    int maxmemoryInfoPercent,
    int maxmemoryWarningPercent,
    int maxmemoryErrorPercent,
    Duration minDownAfter,
    Duration maxDownAfter,
    Duration maxCheckDetection) {}
