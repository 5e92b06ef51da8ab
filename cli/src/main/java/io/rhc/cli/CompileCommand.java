package io.rhc.cli;

import io.rhc.emit.OutputWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rhc compile SPEC... --target T --out DIR}. */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile specs into deployment files. A spec with errors (schema, cross-field or lint) writes"
        + " nothing. With one spec and one target, DIR receives that target's files; otherwise each spec and"
        + " target gets DIR/<spec name>/<target>/. Each output directory is replaced atomically: a failed compile"
        + " leaves the previous one untouched.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every spec compiled", "1:a spec has errors (the others are still written)",
        "2:usage error", "3:I/O error", "4:internal error"})
final class CompileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputOptions output;

  @Mixin BatchOptions batch;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DiagnosticPrinter printer = new DiagnosticPrinter(output, err);
    BatchCompiler.Result result = batch.run(spec, printer, err, output.useColor());
    int code = result.code();
    int written = 0;
    int failed = result.failed();
    for (BatchCompiler.Output o : result.outputs()) {
      try {
        OutputWriter.replaceDirectory(o.dir(), o.artifacts());
        written += o.artifacts().size();
      } catch (IOException e) {
        err.println("rhc: cannot write " + o.dir() + ": " + e.getMessage());
        code = ExitCodes.worst(code, ExitCodes.IO);
        failed++;
      }
    }
    printer.finish();
    spec.commandLine().getOut().printf("compiled %d of %d spec%s to %s (%d files)%s%n", result.specs() - failed,
        result.specs(), result.specs() == 1 ? "" : "s", batch.out, written,
        failed > 0 ? "; " + failed + " failed" : "");
    return code;
  }
}
