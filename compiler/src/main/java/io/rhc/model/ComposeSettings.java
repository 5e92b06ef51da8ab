package io.rhc.model;

import java.time.Duration;
import java.util.Optional;

/** Settings only the compose target uses. */
public record ComposeSettings(
    String project,
    String network,
    String restart,
    Optional<Duration> restartDelay,
    boolean publishSentinels,
    String servicePrefix) {}
