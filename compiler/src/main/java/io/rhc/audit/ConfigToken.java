package io.rhc.audit;

/** One argument of a config line as Redis reads it (quotes removed, escapes applied), with its 1-based position. */
public record ConfigToken(String text, int line, int column) {}
