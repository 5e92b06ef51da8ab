package io.rhc.cli;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.DiagnosticFormatter;
import io.rhc.diag.Severity;
import io.rhc.lint.RuleCatalog;
import io.rhc.report.JsonReport;
import io.rhc.report.SarifReport;
import io.rhc.source.SourceFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prints diagnostics to stderr as text, or collects them for one JSON document at the end. */
final class DiagnosticPrinter {
  static final String INFORMATION_URI = "https://github.com/rhc-io/redis-ha-compiler";

  private final OutputOptions options;
  private final PrintWriter err;
  private final DiagnosticFormatter formatter;
  private final List<Diagnostic> collected = new ArrayList<>();
  private int errors;
  private int warnings;
  private int infos;
  private int files;

  DiagnosticPrinter(OutputOptions options, PrintWriter err) {
    this.options = options;
    this.err = err;
    this.formatter = new DiagnosticFormatter(options.useColor());
  }

  void print(List<Diagnostic> diagnostics, Optional<SourceFile> source) {
    files++;
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) {
        errors++;
      } else if (d.severity() == Severity.WARNING) {
        warnings++;
      } else {
        infos++;
      }
      if (options.format() == OutputOptions.Format.TEXT) {
        err.print(formatter.format(d, source));
      } else {
        collected.add(d);
      }
    }
    err.flush();
  }

  /** Ends the run: the JSON document, or a one-line text summary when anything was reported. */
  void finish() {
    if (options.format() == OutputOptions.Format.JSON) {
      err.print(new JsonReport().write(collected));
    } else if (options.format() == OutputOptions.Format.SARIF) {
      err.print(new SarifReport(VersionProvider.version(), INFORMATION_URI, RuleCatalog.builtin()).write(collected));
    } else if (errors + warnings + infos > 0) {
      err.println(Counts.of(errors, "error") + ", " + Counts.of(warnings, "warning") + ", " + Counts.of(infos, "info")
          + " in " + Counts.of(files, "file"));
    }
    err.flush();
  }

  int errors() {
    return errors;
  }

  int warnings() {
    return warnings;
  }
}
