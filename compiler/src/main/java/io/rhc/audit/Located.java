package io.rhc.audit;

import io.rhc.source.Span;

/** A position in an audited file. */
public record Located(String file, Span span) {
  static Located of(ConfigToken token, String file) {
    return new Located(file, Span.at(token.line(), token.column()));
  }
}
