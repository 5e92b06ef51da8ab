package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.emit.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file the target writes for every case, and its diagnostics, equal the reviewed copies in
 * src/test/resources/golden/CASE/; {@code -Dgolden.update=true} rewrites them.
 */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String DIAGNOSTICS = "diagnostics.txt";

  static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
    return Cases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name, Supplier<ExampleSpecs> spec) throws IOException {
    Emitted emitted = Emitted.of(spec.get().build());
    Map<String, String> actual = new TreeMap<>();
    for (Artifact a : emitted.files()) {
      actual.put(a.path(), a.content());
    }
    actual.put(DIAGNOSTICS, emitted.diagnosticsText() + "\n");
    Path dir = GOLDEN.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      rewrite(dir, actual);
    }
    Map<String, String> expected = read(dir);
    assertEquals(expected.keySet(), actual.keySet(), "files of " + name);
    for (Map.Entry<String, String> e : actual.entrySet()) {
      assertEquals(expected.get(e.getKey()), e.getValue(), name + "/" + e.getKey());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameSpecGivesSameBytes(String name, Supplier<ExampleSpecs> spec) {
    Emitted first = Emitted.of(spec.get().build());
    Emitted second = Emitted.of(spec.get().build());
    assertEquals(first.files(), second.files());
    assertEquals(first.diagnosticsText(), second.diagnosticsText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void filesAreSortedByPath(String name, Supplier<ExampleSpecs> spec) {
    List<String> paths = Emitted.of(spec.get().build()).files().stream().map(Artifact::path).toList();
    assertEquals(paths.stream().sorted().toList(), paths);
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      Assertions.fail("no golden directory " + dir + "; run with -Dgolden.update=true and review it");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void rewrite(Path dir, Map<String, String> files) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
