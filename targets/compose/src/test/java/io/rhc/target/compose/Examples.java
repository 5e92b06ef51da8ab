package io.rhc.target.compose;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.model.Spec;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's examples ({@code examples/NAME/spec.yaml}), resolved by the real pipeline: what users get
 * from them. Every example compiles to compose; ExamplesGoldenTest pins their output byte for byte.
 */
final class Examples {
  private static final Path DIR = Path.of("../../examples");

  private Examples() {}

  static List<String> names() {
    try (Stream<Path> dirs = Files.list(DIR)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("spec.yaml")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Spec spec(String name) {
    Path file = DIR.resolve(name).resolve("spec.yaml");
    try {
      CompilationResult result = new Compiler().validate(new SourceFile(file.toString(), Files.readString(file)));
      return result.spec().orElseThrow(() -> new AssertionError(name + " does not resolve: " + result.diagnostics()))
          .spec();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
