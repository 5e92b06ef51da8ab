package io.rhc.cli;

import java.io.InputStream;

/** Where a spec given as {@code -} is read from: the process's stdin, or what an embedding caller hands in. */
final class StandardInput {
  private static volatile InputStream in = System.in;

  private StandardInput() {}

  static InputStream stream() {
    return in;
  }

  static void use(InputStream stream) {
    in = stream;
  }
}
