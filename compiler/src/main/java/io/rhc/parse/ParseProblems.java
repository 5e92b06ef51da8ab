package io.rhc.parse;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Severity;
import io.rhc.path.SpecPath;
import io.rhc.source.Span;

/** The parse stage's diagnostics. The loader locates each one itself: no source map exists yet. */
final class ParseProblems {
  static final String TOO_LARGE = "RHC0001";
  static final String SYNTAX = "RHC0002";
  static final String DUPLICATE_KEY = "RHC0003";
  static final String ALIAS_ABUSE = "RHC0004";
  static final String DOCUMENT_SHAPE = "RHC0005";
  static final String INJECTION = "RHC0006";
  static final String UNSUPPORTED = "RHC0007";

  private ParseProblems() {}

  static Diagnostic error(String code, SpecPath path, Span span, String summary, String detail, String hint) {
    return new Diagnostic(Severity.ERROR, code, path, null, span, summary, detail, hint);
  }
}
