package io.rhc.model;

import java.time.Duration;
import java.util.Optional;

/** Scheduled backups. */
public record Backup(
    boolean enabled,
    String schedule,
    Duration retention,
    Optional<BackupDestination> destination,
    Optional<String> pushgateway) {}
