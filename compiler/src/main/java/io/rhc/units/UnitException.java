package io.rhc.units;

/** A size or duration that cannot be read, with what to write instead. */
public final class UnitException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public UnitException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
