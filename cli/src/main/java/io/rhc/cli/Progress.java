package io.rhc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** A one-line progress indicator, only on a terminal and only for batches. */
final class Progress {
  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;

  Progress(PrintWriter err, int total, boolean terminal) {
    this.err = err;
    this.total = total;
    this.enabled = terminal && total > 1;
  }

  void show(Path file) {
    done++;
    if (enabled) {
      err.print("\r\u001b[K[" + done + "/" + total + "] " + file);
      err.flush();
    }
  }

  void clear() {
    if (enabled) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
