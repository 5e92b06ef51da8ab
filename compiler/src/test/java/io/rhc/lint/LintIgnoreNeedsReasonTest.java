package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An ignore without a real reason never reaches the linter: the schema rejects it as an input error. */
class LintIgnoreNeedsReasonTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no-reason|- rule: RHC1001",
      "short-reason|- { rule: RHC1001, reason: because }"})
  void ignoreWithoutAReasonIsASchemaError(String name, String ignoreEntry) throws IOException {
    String spec = Files.readString(Path.of("../examples/gateway-k8s/spec.yaml"))
        + "  lint:\n    ignore:\n      " + ignoreEntry + "\n";
    CompilationResult result = new Compiler().check(new SourceFile(name + ".yaml", spec));
    SpecPath entry = SpecPaths.spec("lint.ignore").at(0);
    assertTrue(result.diagnostics().stream().anyMatch(d -> isSchemaErrorAt(d, entry)),
        () -> result.diagnostics().toString());
  }

  private static boolean isSchemaErrorAt(Diagnostic d, SpecPath entry) {
    return d.isError() && d.code().startsWith("RHC01") && d.path().startsWith(entry);
  }
}
