package io.rhc.cli;

/** Exit codes are part of the command-line interface. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** A spec has errors (or warnings, with {@code --warnings-as-errors}). */
  public static final int SPEC_ERRORS = 1;
  /** The command line is wrong. */
  public static final int USAGE = 2;
  /** A file could not be read or written. */
  public static final int IO = 3;
  /** A bug in rhc. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}

  /** The worse of two outcomes: internal over I/O over spec errors over success. */
  static int worst(int a, int b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(int code) {
    return switch (code) {
      case INTERNAL -> 4;
      case IO -> 3;
      case USAGE -> 2;
      case SPEC_ERRORS -> 1;
      default -> 0;
    };
  }
}
