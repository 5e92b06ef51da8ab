package io.rhc.cli;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import io.rhc.diag.Diagnostic;
import io.rhc.report.JsonReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code rhc audit DIR...}: the lint rules over hand-written per-host configs, without a spec. */
final class AuditCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "audit")
      .description("Audit the deployment material you run, without a spec: host directories (each holding any of"
          + " redis.conf, sentinel.conf and haproxy.cfg; the directory name is the host name), Kubernetes manifests"
          + " (files or directories of *.yaml, or `-` for `kubectl kustomize` / `helm template` output on stdin), or"
          + " a compose file. rhc rebuilds the cluster they describe and runs every lint rule the material allows,"
          + " reporting at the audited file's line; the rules it does not allow are listed as not evaluated, and"
          + " what was read past (kinds not audited, includes inside containers) as notes. systemd units and chart"
          + " values files are not read yet.")
      .exitCodes("0:no errors (warnings and infos allowed)", "1:errors, or warnings with --warnings-as-errors",
          "2:usage error", "3:I/O error", "4:internal error")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final Arg<Boolean> warningsAsErrors =
      Arg.flag(spec, "--warnings-as-errors", "Exit 1 when any warning is reported.");

  private final Arg<List<String>> arguments = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("PATH")
      .arity("1..*").type(List.class).auxiliaryTypes(String.class)
      .description("Host directories (one per host), manifest or compose files, directories of manifests, or `-`"
          + " for YAML on stdin."));

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    MaterialPaths material = MaterialPaths.of(spec.commandLine(), arguments.value());
    AuditResult result = new Auditor().audit(material.paths(), arguments.value(), material.stdin());
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    result.diagnostics().forEach(d -> byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
    byFile.forEach((file, found) -> printer.print(found, Optional.ofNullable(result.sources().get(file))));
    printer.audit(result.notEvaluated().stream()
            .map(n -> new JsonReport.NotEvaluated(n.rule(), n.name(), n.reason())).toList(),
        result.notes().stream().map(n -> new JsonReport.Note(n.file(), n.span().line(), n.span().column(), n.text()))
            .toList());
    if (output.format() == OutputOptions.Format.TEXT) {
      for (AuditResult.Note n : result.notes()) {
        err.println(n.file() + ":" + n.span() + ": note: " + n.text());
      }
      for (AuditResult.NotEvaluated n : result.notEvaluated()) {
        err.println("not evaluated: " + n.rule() + " " + n.name() + ": " + n.reason());
      }
    }
    int code = printer.finish();
    if (printer.errors() > 0 || (warningsAsErrors.value() && printer.warnings() > 0)) {
      code = ExitCodes.worst(code, ExitCodes.SPEC_ERRORS);
    }
    return code;
  }
}
