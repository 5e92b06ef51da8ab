package io.rhc.clients;

import java.util.Arrays;
import java.util.Optional;

/** The client libraries {@code rhc clients} writes settings for: the ones the field reports use. */
public enum ClientLanguage {
  IOREDIS("ioredis", "Node.js, ioredis"),
  BULLMQ("bullmq", "Node.js, BullMQ (ioredis connections)"),
  REDIS_PY("redis-py", "Python, redis-py"),
  CELERY("celery", "Python, Celery with the Redis broker"),
  LETTUCE("lettuce", "Java, Lettuce"),
  SPRING("spring", "Java, Spring Data Redis (application.yaml)"),
  GO_REDIS("go-redis", "Go, go-redis v9");

  private final String id;
  private final String title;

  ClientLanguage(String id, String title) {
    this.id = id;
    this.title = title;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public static Optional<ClientLanguage> byId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
  }
}
