package io.rhc.model;

/**
 * Where a resolved value came from, for {@code rhc explain}.
 *
 * @param kind user, default or derived
 * @param detail for derived values, from what (e.g. "majority of 3 sentinels")
 */
public record Origin(Kind kind, String detail) {
  /** Kinds of origin. */
  public enum Kind {
    USER,
    DEFAULT,
    DERIVED
  }

  public static Origin user() {
    return new Origin(Kind.USER, "");
  }

  public static Origin byDefault() {
    return new Origin(Kind.DEFAULT, "");
  }

  public static Origin derived(String detail) {
    return new Origin(Kind.DERIVED, detail);
  }
}
