package io.rhc.validate;

/** The words of one diagnostic: summary (no trailing period), optional detail, hint (sentences). */
record Explanation(String summary, String detail, String hint) {
  Explanation(String summary, String hint) {
    this(summary, null, hint);
  }
}
