package io.rhc.model;

import java.time.Duration;

/** Queue libraries whose behaviour the lint rules know. */
public enum QueueLibrary {
  BULLMQ("bullmq", Duration.ofSeconds(10)),
  CELERY("celery", Duration.ofSeconds(1)),
  SIDEKIQ("sidekiq", Duration.ofSeconds(2)),
  RQ("rq", Duration.ofSeconds(405)),
  OTHER("other", Duration.ZERO);

  private final String id;
  private final Duration defaultBlockingTimeout;

  QueueLibrary(String id, Duration defaultBlockingTimeout) {
    this.id = id;
    this.defaultBlockingTimeout = defaultBlockingTimeout;
  }

  public String id() {
    return id;
  }

  /** The longest blocking wait the library issues by default (BullMQ caps its drain delay at 10 s). */
  public Duration defaultBlockingTimeout() {
    return defaultBlockingTimeout;
  }
}
