package io.rhc.target.systemd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rhc.emit.Artifact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The veza bundles against the reviewed files; {@code -Dgolden.update=true} rewrites them. */
class GoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/veza-systemd");

  @Test
  void vezaBundlesMatchTheReviewedFiles() throws IOException {
    List<Artifact> files = Bundles.emit(TestSpecs.veza().build());
    if (Boolean.getBoolean("golden.update")) {
      if (Files.exists(GOLDEN)) {
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Bundles.write(files, GOLDEN);
      return;
    }
    List<String> problems = new ArrayList<>();
    TreeSet<String> expected = new TreeSet<>();
    if (Files.exists(GOLDEN)) {
      try (Stream<Path> walk = Files.walk(GOLDEN)) {
        walk.filter(Files::isRegularFile).forEach(p -> expected.add(GOLDEN.relativize(p).toString()));
      }
    }
    for (Artifact a : files) {
      Path golden = GOLDEN.resolve(a.path());
      if (!expected.remove(a.path())) {
        problems.add("missing golden file " + golden + " (run with -Dgolden.update=true and review it)");
      } else if (!Files.readString(golden, StandardCharsets.UTF_8).equals(a.content())) {
        problems.add("differs from " + golden);
      } else if (Files.isExecutable(golden) != a.executable()) {
        problems.add("executable bit differs: " + golden);
      }
    }
    expected.forEach(p -> problems.add("golden file no longer generated: " + p));
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  @Test
  void recompilingGivesIdenticalBytes() {
    assertEquals(Bundles.emit(TestSpecs.veza().build()), Bundles.emit(TestSpecs.veza().build()));
  }

  @Test
  void everyHostGetsItsOwnBundle() {
    List<String> tops = Bundles.emit(TestSpecs.veza().build()).stream()
        .map(a -> a.path().substring(0, a.path().indexOf('/'))).distinct().toList();
    assertEquals(List.of("redis-1.lxd", "redis-2.lxd", "redis-3.lxd"), tops);
    assertTrue(Bundles.emit(TestSpecs.veza().build()).stream().noneMatch(a -> a.content().contains("\r")));
  }
}
