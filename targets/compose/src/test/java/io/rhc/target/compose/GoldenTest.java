package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.emit.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's compose output equals the reviewed files under
 * {@code src/test/resources/golden/<example>/}; {@code -Dgolden.update=true} rewrites them. A
 * missing or extra golden file is a failure.
 */
class GoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  static List<String> examples() {
    return ExampleSpecs.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void matches_the_golden_files(String example) throws IOException {
    Emitted emitted = Emitted.example(example);
    assertTrue(emitted.diagnostics().isEmpty(), () -> "diagnostics: " + emitted.diagnostics());
    Path dir = ROOT.resolve(example);
    if (Boolean.getBoolean("golden.update")) {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Artifact a : emitted.artifacts()) {
        Path file = dir.resolve(a.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, a.content(), StandardCharsets.UTF_8);
      }
    }
    List<String> expected = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().forEach(expected::add);
      }
    }
    assertEquals(expected, emitted.artifacts().stream().map(Artifact::path).toList(),
        "golden files of " + example + " (run with -Dgolden.update=true after reviewing the change)");
    for (Artifact a : emitted.artifacts()) {
      assertEquals(Files.readString(dir.resolve(a.path()), StandardCharsets.UTF_8), a.content(),
          example + "/" + a.path() + " differs from its golden file");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void shared_artifact_checks_pass(String example) {
    io.rhc.diag.Diagnostics diagnostics = new io.rhc.diag.Diagnostics();
    io.rhc.emit.check.ArtifactChecks.run("compose", Emitted.example(example).artifacts(), diagnostics);
    assertTrue(diagnostics.isEmpty(), () -> diagnostics.all().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void recompiling_gives_identical_bytes(String example) {
    assertEquals(Emitted.example(example).artifacts(), Emitted.example(example).artifacts());
  }
}
