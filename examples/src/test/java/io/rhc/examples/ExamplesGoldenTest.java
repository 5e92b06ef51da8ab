package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.emit.Artifact;
import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example through the real pipeline for every target: the output (or the diagnostics that stop it)
 * must equal the reviewed files under {@code <example>/expected/<target>/}. {@code -Dgolden.update=true}
 * rewrites them; review the diff before committing.
 */
class ExamplesGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(Path.of("."))) {
      for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("spec.yaml"))).sorted().toList()) {
        for (Target target : TargetRegistry.load().all()) {
          cases.add(Arguments.of(dir.getFileName() + " -> " + target.id(), dir, target));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesReviewedOutput(String name, Path example, Target target) throws IOException {
    SourceFile source = new SourceFile(example.getFileName() + "/spec.yaml",
        Files.readString(example.resolve("spec.yaml"), StandardCharsets.UTF_8));
    CompilationResult first = new Compiler().compile(source, List.of(target));
    CompilationResult second = new Compiler().compile(source, List.of(target));
    assertEquals(first.artifacts(), second.artifacts(), "compiling twice must give identical bytes");

    Map<String, String> actual = new TreeMap<>();
    first.artifacts().getOrDefault(target.id(), List.of()).forEach(a -> actual.put(a.path(), a.content()));
    actual.put("../" + target.id() + ".diagnostics.txt", diagnostics(first.diagnostics()));
    Path expectedDir = example.resolve("expected").resolve(target.id());
    Map<String, String> expected = read(expectedDir);
    Path diagnosticsFile = example.resolve("expected").resolve(target.id() + ".diagnostics.txt");
    if (Files.exists(diagnosticsFile)) {
      expected.put("../" + target.id() + ".diagnostics.txt", Files.readString(diagnosticsFile, StandardCharsets.UTF_8));
    }
    if (UPDATE && !expected.equals(actual)) {
      write(expectedDir, actual);
      return;
    }
    assertFalse(expected.isEmpty(), "no reviewed output in " + expectedDir + ": run with -Dgolden.update=true");
    assertEquals(expected.keySet(), actual.keySet(), "files differ for " + name);
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (!e.getValue().equals(actual.get(e.getKey()))) {
        fail(name + ": " + e.getKey() + " differs from the reviewed output (run with -Dgolden.update=true and review)");
      }
    }
  }

  private static String diagnostics(List<Diagnostic> diagnostics) {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      sb.append(d.file()).append(':').append(d.span() == null ? "" : d.span().line() + ":" + d.span().column())
          .append(": ").append(d.severity().label()).append('[').append(d.code()).append("] ")
          .append(d.path().isRoot() ? "" : d.path() + ": ").append(d.summary()).append('\n');
    }
    return sb.toString();
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void write(Path dir, Map<String, String> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = dir.resolve(e.getKey()).normalize();
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
