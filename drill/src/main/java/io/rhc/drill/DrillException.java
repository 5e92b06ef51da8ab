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

  /** A failure's cause for the user: its message, or its kind where it has none, and what caused it. */
  static String describe(Throwable e) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = e; t != null && out.length() < 2000; t = t.getCause()) {
      boolean bare = t.getMessage() == null || t.getMessage().isBlank();
      String message = bare ? t.getClass().getSimpleName() + " (no message)"
          : t instanceof RuntimeException && !(t instanceof Await.DrillTimeout)
              ? t.getClass().getSimpleName() + ": " + t.getMessage() : t.getMessage();
      out.append(out.length() == 0 ? "" : "; caused by ").append(message);
    }
    return out.toString();
  }
}
