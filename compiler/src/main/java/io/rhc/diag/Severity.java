package io.rhc.diag;

import java.util.Locale;

/** How bad a finding is. Errors stop the compile; warnings and infos are advice. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
