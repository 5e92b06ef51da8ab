package io.rhc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rhc.emit.Artifact;
import io.rhc.testkit.ExampleSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file the target writes for every case equals the reviewed copy: an example's under
 * examples/NAME/expected/kubernetes/ (the examples module pins its diagnostics and rewrites them), a variant's,
 * with its diagnostics, under src/test/resources/golden/NAME/; {@code -Dgolden.update=true} rewrites a variant's.
 */
class GoldenTest {
  private static final String DIAGNOSTICS = "diagnostics.txt";
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> cases() {
    return Cases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name, ExampleSpec spec) throws IOException {
    boolean variant = Cases.VARIANTS.containsKey(name);
    assumeTrue(variant || !UPDATE, "the examples module rewrites the examples' reviewed output in this run");
    Emitted emitted = Emitted.of(spec.spec());
    Map<String, String> actual = new TreeMap<>();
    for (Artifact a : emitted.files()) {
      actual.put(a.path(), a.content());
    }
    if (variant) {
      actual.put(DIAGNOSTICS, emitted.diagnosticsText() + "\n");
    }
    Path dir = Cases.golden(name);
    if (UPDATE) {
      rewrite(dir, actual);
    }
    // an example the target refuses has no reviewed kubernetes directory, only its diagnostics
    Map<String, String> expected = variant || Files.isDirectory(dir) ? read(dir) : Map.of();
    assertEquals(expected.keySet(), actual.keySet(), "files of " + name);
    for (Map.Entry<String, String> e : actual.entrySet()) {
      assertEquals(expected.get(e.getKey()), e.getValue(), name + "/" + e.getKey());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameSpecGivesSameBytes(String name, ExampleSpec spec) {
    Emitted first = Emitted.of(spec.spec());
    Emitted second = Emitted.of(spec.spec());
    assertEquals(first.files(), second.files());
    assertEquals(first.diagnosticsText(), second.diagnosticsText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void filesAreSortedByPath(String name, ExampleSpec spec) {
    List<String> paths = Emitted.of(spec.spec()).files().stream().map(Artifact::path).toList();
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
