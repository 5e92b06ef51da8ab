package io.rhc.diag;

import io.rhc.path.SpecPath;
import io.rhc.source.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a spec.
 *
 * @param severity how bad it is
 * @param code stable ID: {@code RHC0xxx} for input problems, a rule ID for lint findings
 * @param path where in the spec tree; the root for whole-file problems
 * @param file the file's display name, filled in at the edge of the pipeline
 * @param span line and column, filled in at the edge from the source map
 * @param summary one line, sentence case, no trailing period
 * @param detail why it matters (optional)
 * @param hint what to change, full sentences ending with a period
 */
public record Diagnostic(
    Severity severity,
    String code,
    SpecPath path,
    String file,
    Span span,
    String summary,
    String detail,
    String hint) {

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(summary, "summary");
  }

  public static Diagnostic error(String code, SpecPath path, String summary, String hint) {
    return new Diagnostic(Severity.ERROR, code, path, null, null, summary, null, hint);
  }

  public static Diagnostic of(Severity severity, String code, SpecPath path, String summary, String hint) {
    return new Diagnostic(severity, code, path, null, null, summary, null, hint);
  }

  public Diagnostic withDetail(String newDetail) {
    return new Diagnostic(severity, code, path, file, span, summary, newDetail, hint);
  }

  public Diagnostic withLocation(String newFile, Span newSpan) {
    return new Diagnostic(severity, code, path, newFile, newSpan, summary, detail, hint);
  }

  public Optional<Span> location() {
    return Optional.ofNullable(span);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
