package io.rhc.cli;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.DiagnosticFormatter;
import io.rhc.diag.Severity;
import io.rhc.emit.OutputWriter;
import io.rhc.lint.RuleCatalog;
import io.rhc.report.CodeQualityReport;
import io.rhc.report.JsonReport;
import io.rhc.report.SarifReport;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints diagnostics to stderr as text, or collects them for one json, sarif or codequality document written at the end
 * to stdout or to the {@code --output} file.
 */
final class DiagnosticPrinter {
  static final String INFORMATION_URI = "https://github.com/rhc-io/redis-ha-compiler";

  private final OutputOptions.Format format;
  private final Optional<Path> output;
  private final PrintWriter out;
  private final PrintWriter err;
  private final DiagnosticFormatter formatter;
  private final List<Diagnostic> collected = new ArrayList<>();
  private int errors;
  private int warnings;
  private int infos;
  private int files;
  private Optional<List<JsonReport.NotEvaluated>> notEvaluated = Optional.empty();
  private List<JsonReport.Note> notes = List.of();

  DiagnosticPrinter(OutputOptions options, PrintWriter out, PrintWriter err) {
    this(options.format(), options.output(), options.useColor(), out, err);
  }

  private DiagnosticPrinter(OutputOptions.Format format, Optional<Path> output, boolean color, PrintWriter out,
      PrintWriter err) {
    this.format = format;
    this.output = output;
    this.out = out;
    this.err = err;
    this.formatter = new DiagnosticFormatter(color);
  }

  /** Text diagnostics on {@code err}, for a command whose {@code --format} is about its own output. */
  static DiagnosticPrinter text(boolean color, PrintWriter err) {
    return new DiagnosticPrinter(OutputOptions.Format.TEXT, Optional.empty(), color, err, err);
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
      if (format == OutputOptions.Format.TEXT) {
        err.print(formatter.format(d, source));
      } else {
        collected.add(d);
      }
    }
    err.flush();
  }

  /** For {@code rhc audit}: the json document becomes an object that also lists the rules that did not run. */
  /** Makes the json document the audit's: the rules that did not run and the notes join the diagnostics. */
  void audit(List<JsonReport.NotEvaluated> rules, List<JsonReport.Note> readPast) {
    notEvaluated = Optional.of(List.copyOf(rules));
    notes = List.copyOf(readPast);
  }

  /**
   * Ends the run: the json, sarif or codequality document, or a one-line text summary when anything was reported.
   * Returns {@link ExitCodes#IO} when the {@code --output} file could not be written, else {@link ExitCodes#OK}.
   */
  int finish() {
    String document = switch (format) {
      case JSON -> notEvaluated.isPresent() ? new JsonReport().write(collected, notEvaluated.get(), notes)
          : new JsonReport().write(collected);
      case SARIF -> new SarifReport(VersionProvider.version(), INFORMATION_URI, RuleCatalog.builtin()).write(collected);
      case CODEQUALITY -> new CodeQualityReport().write(collected);
      case TEXT -> null;
    };
    int code = ExitCodes.OK;
    if (document == null && errors + warnings + infos > 0) {
      err.println(Counts.of(errors, "error") + ", " + Counts.of(warnings, "warning") + ", " + Counts.of(infos, "info")
          + " in " + Counts.of(files, "file"));
    } else if (document != null && output.isPresent()) {
      Path file = output.get();
      try {
        OutputWriter.replaceFile(file, document);
      } catch (IOException e) {
        err.println("rhc: cannot write " + file + ": " + e.getMessage());
        code = ExitCodes.IO;
      }
    } else if (document != null) {
      out.print(document);
      out.flush();
    }
    err.flush();
    return code;
  }

  int errors() {
    return errors;
  }

  int warnings() {
    return warnings;
  }
}
