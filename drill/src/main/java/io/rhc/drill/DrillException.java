package io.rhc.drill;

/** Why a drill could not run at all; the message is for the user, never a stack trace. */
public final class DrillException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What kind of problem, so the command line can pick its exit code. */
  public enum Kind {
    /** Bad input: an unknown scenario, a run count below 1. */
    USAGE,
    /** This machine cannot run a drill: not root, no network namespaces, programs missing. */
    UNAVAILABLE,
    /** The spec does not compile, or the cluster never became healthy. */
    FAILED
  }

  private final Kind kind;

  public DrillException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
