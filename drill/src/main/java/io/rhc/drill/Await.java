package io.rhc.drill;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polling with a deadline: the only way the drill waits for the cluster. */
final class Await {
  private static final long POLL_MS = 100;

  private Await() {}

  /** Polls until {@code condition} holds; throws {@link DrillTimeout} after {@code timeout}. */
  static void until(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
    if (!within(timeout, condition)) {
      throw new DrillTimeout("timed out after " + seconds(timeout) + " s waiting for " + what);
    }
  }

  /** Polls until {@code condition} holds or {@code timeout} passes; whether it held. */
  static boolean within(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      if (Thread.interrupted()) {
        throw new InterruptedException("drill interrupted");
      }
      Thread.sleep(POLL_MS);
    }
    return true;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : String.format(java.util.Locale.ROOT, "%.1f",
        d.toMillis() / 1000.0);
  }

  /** A wait that ran out: the cluster did not reach a state the scenario needs. */
  static final class DrillTimeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DrillTimeout(String message) {
      super(message);
    }
  }
}
