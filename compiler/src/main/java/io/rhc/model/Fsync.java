package io.rhc.model;

/** {@code appendfsync} values. */
public enum Fsync {
  ALWAYS("always"),
  EVERYSEC("everysec"),
  NO("no");

  private final String id;

  Fsync(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
