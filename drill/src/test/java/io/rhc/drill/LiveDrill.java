package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.model.ResolvedSpec;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs real drills from the tests: skipped where a drill cannot run, a failure under CI=true. */
final class LiveDrill {
  private LiveDrill() {}

  static void requireMachine() {
    List<String> problems = Drill.preflight();
    if (!problems.isEmpty() && "true".equals(System.getenv("CI"))) {
      fail(String.join("\n", problems) + " (CI=true: required)");
    }
    assumeTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  static Path repo() {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.exists(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    return dir;
  }

  static CompilationResult check(String name, String yaml) {
    return new Compiler().check(new SourceFile(name, yaml));
  }

  static ResolvedSpec resolve(String name, String yaml) {
    CompilationResult result = check(name, yaml);
    assertFalse(result.hasErrors(), () -> result.diagnostics().stream().map(Diagnostic::toString).toList().toString());
    return result.spec().orElseThrow();
  }

  static String exampleYaml(String name) throws IOException {
    return Files.readString(repo().resolve("examples").resolve(name).resolve("spec.yaml"));
  }

  static ResolvedSpec example(String name) throws IOException {
    return resolve(name + "/spec.yaml", exampleYaml(name));
  }

  static DrillReport drill(ResolvedSpec spec, String... scenarios) throws Exception {
    return drill(spec, 1, scenarios);
  }

  static DrillReport drill(ResolvedSpec spec, int runs, String... scenarios) throws Exception {
    DrillReport report = new Drill(line -> System.out.println("[drill] " + line)).run(spec, List.of(scenarios), runs);
    System.out.println(report.text());
    // Kept for a post-mortem of a failed CI run: report.txt, report.json and timeline.svg.
    report.write(Path.of("target", "drill-reports", spec.spec().name() + "-" + String.join("+", scenarios)));
    return report;
  }
}
