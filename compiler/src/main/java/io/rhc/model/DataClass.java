package io.rhc.model;

import java.time.Duration;
import java.util.Optional;

/** A kind of data kept in the cluster. */
public record DataClass(
    String name,
    DataKind kind,
    Optional<QueueLibrary> library,
    boolean mustSurvive,
    Optional<Duration> blockingTimeout,
    Optional<Duration> maxTaskDuration) {

  public boolean isQueue() {
    return kind == DataKind.QUEUE || library.isPresent();
  }
}
