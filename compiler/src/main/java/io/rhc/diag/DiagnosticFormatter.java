package io.rhc.diag;

import io.rhc.source.SourceFile;
import java.util.Optional;

/**
 * Renders a diagnostic for people:
 *
 * <pre>
 * homelab.yaml:12:13: error[RHC0102] spec.sentinel.quorum: Unknown key `quorom`
 *    12 |     quorom: 2
 *       |     ^
 *   hint: Did you mean `quorum`?
 * </pre>
 */
public final class DiagnosticFormatter {
  private final boolean color;

  public DiagnosticFormatter(boolean color) {
    this.color = color;
  }

  public String format(Diagnostic d, Optional<SourceFile> source) {
    StringBuilder sb = new StringBuilder();
    sb.append(d.file() == null ? "<spec>" : d.file());
    d.location().ifPresent(s -> sb.append(':').append(s.line()).append(':').append(s.column()));
    sb.append(": ").append(paint(d.severity())).append('[').append(d.code()).append("] ");
    if (!d.path().isRoot()) {
      sb.append(d.path()).append(": ");
    }
    sb.append(d.summary()).append('\n');
    if (source.isPresent() && d.span() != null) {
      String line = source.get().line(d.span().line());
      if (!line.isEmpty()) {
        String number = String.valueOf(d.span().line());
        sb.append(" ".repeat(Math.max(0, 5 - number.length()))).append(number).append(" | ")
            .append(line.stripTrailing()).append(System.lineSeparator());
        sb.append("      | ").append(" ".repeat(Math.max(0, d.span().column() - 1))).append('^')
            .append(System.lineSeparator());
      }
    }
    if (d.detail() != null) {
      sb.append("  why: ").append(d.detail()).append('\n');
    }
    if (d.hint() != null) {
      sb.append("  hint: ").append(d.hint()).append('\n');
    }
    return sb.toString();
  }

  private String paint(Severity severity) {
    if (!color) {
      return severity.label();
    }
    String code = switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[1;33m";
      case INFO -> "\u001b[1;36m";
    };
    return code + severity.label() + "\u001b[0m";
  }
}
