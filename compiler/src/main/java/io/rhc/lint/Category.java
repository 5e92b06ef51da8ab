package io.rhc.lint;

/** Rule families; the first digit of a rule ID. */
public enum Category {
  STRUCTURE(1, "structure, naming, images and versions"),
  DATA_SAFETY(2, "resources, sizing, persistence and data safety"),
  TOPOLOGY(3, "topology, quorum, sentinel and failover"),
  NETWORKING(4, "networking, proxy, auth and TLS");

  private final int digit;
  private final String description;

  Category(int digit, String description) {
    this.digit = digit;
    this.description = description;
  }

  /** The first digit of the IDs in this family. */
  public int digit() {
    return digit;
  }

  public String description() {
    return description;
  }
}
