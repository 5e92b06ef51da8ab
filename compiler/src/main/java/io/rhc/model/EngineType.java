package io.rhc.model;

/** The server software. */
public enum EngineType {
  REDIS("redis"),
  VALKEY("valkey");

  private final String id;

  EngineType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
