package io.rhc.target.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.emit.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file the target writes for a variant equals the reviewed copy under src/test/resources/golden/NAME/ (the
 * examples' are pinned by the examples module); {@code -Dgolden.update=true} rewrites them for review.
 */
class GoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> variants() {
    return Cases.VARIANTS.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void matchesGolden(String name) throws IOException {
    Emitted emitted = Emitted.of(Cases.spec(name).spec());
    Map<String, String> actual = new TreeMap<>();
    for (Artifact a : emitted.artifacts()) {
      actual.put(a.path(), a.content());
    }
    actual.put("diagnostics.txt", emitted.codes() + "\n");
    Path dir = Cases.golden(name);
    if (UPDATE) {
      rewrite(dir, actual);
    }
    Map<String, String> expected = read(dir);
    assertEquals(expected.keySet(), actual.keySet(), "files of " + name);
    for (Map.Entry<String, String> e : actual.entrySet()) {
      assertEquals(expected.get(e.getKey()), e.getValue(), name + "/" + e.getKey());
    }
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
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
