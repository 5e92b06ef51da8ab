package io.rhc.cli;

import io.rhc.AuditResult;
import io.rhc.Auditor;
import io.rhc.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/** {@code rhc audit DIR...}: the lint rules over hand-written per-host configs, without a spec. */
final class AuditCommand implements Callable<Integer> {
  final CommandSpec spec = CommandModel.of(this, "audit")
      .description("Audit hand-written configs without a spec: each DIR is one host holding any of redis.conf,"
          + " sentinel.conf and haproxy.cfg. rhc rebuilds the cluster they describe and runs every lint rule the"
          + " files allow, reporting at the audited file's line; the rules they do not allow are listed as not"
          + " evaluated. Kubernetes manifests, compose files, systemd units and charts are not read yet.")
      .exitCodes("0:no errors (warnings and infos allowed)", "1:errors, or warnings with --warnings-as-errors",
          "2:usage error", "3:I/O error", "4:internal error")
      .spec();

  private final OutputOptions output = new OutputOptions(spec);

  private final Arg<Boolean> warningsAsErrors =
      Arg.flag(spec, "--warnings-as-errors", "Exit 1 when any warning is reported.");

  private final Arg<List<String>> arguments = Arg.positional(spec, PositionalParamSpec.builder().paramLabel("DIR")
      .arity("1..*").type(List.class).auxiliaryTypes(String.class)
      .description("Host directories, one per host (the directory name is the host name)."));

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    List<Path> dirs = new ArrayList<>();
    for (String name : arguments.value()) {
      Path dir = Path.of(name);
      if (!Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "Not a directory: " + name);
      }
      dirs.add(dir);
    }
    AuditResult result = new Auditor().audit(dirs, arguments.value());
    DiagnosticPrinter printer = new DiagnosticPrinter(output, spec.commandLine().getOut(), err);
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    result.diagnostics().forEach(d -> byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
    byFile.forEach((file, found) -> printer.print(found, Optional.ofNullable(result.sources().get(file))));
    printer.notEvaluated(result.notEvaluated().stream()
        .map(n -> new io.rhc.report.JsonReport.NotEvaluated(n.rule(), n.name(), n.reason())).toList());
    if (output.format() == OutputOptions.Format.TEXT) {
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
