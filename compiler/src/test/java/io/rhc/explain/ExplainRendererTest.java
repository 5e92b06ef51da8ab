package io.rhc.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.rhc.model.ResolvedSpec;
import io.rhc.path.SpecPath;
import io.rhc.resolve.ResolveFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExplainRendererTest {
  private static final Path GOLDEN = Path.of("src/test/resources/explain/homelab-k8s.txt");

  @Test
  void homelabMatchesTheReviewedGolden() throws IOException {
    String actual = new ExplainRenderer().render(ResolveFixtures.resolveClean(ResolveFixtures.example("homelab-k8s")));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(GOLDEN)) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
      fail("golden " + GOLDEN + " was missing and has been written: review it, then run again");
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual);
  }

  /** Every leaf the tree prints has an origin, and every recorded origin is printed. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"homelab-k8s", "gateway-k8s", "veza-systemd", "odoo-compose"})
  void treeLeavesAndOriginsAreTheSamePaths(String example) {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.example(example));
    Set<String> leaves = new TreeSet<>();
    collect(SpecTree.of(resolved.spec()), SpecPath.root(), leaves);
    Set<String> origins = new TreeSet<>();
    resolved.origins().keySet().forEach(p -> origins.add(p.toString()));
    assertEquals(origins, leaves);
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.example("odoo-compose"));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String german = new ExplainRenderer().render(resolved);
      Locale.setDefault(Locale.ROOT);
      assertEquals(new ExplainRenderer().render(resolved), german);
      assertTrue(german.contains("MiB"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void refusedDatasetIsShownAsNotFitting() {
    ResolvedSpec resolved = ResolveFixtures.resolveClean(ResolveFixtures.spec("memory: {limit: 323Mi, dataset: 204M}"));
    String text = new ExplainRenderer().render(resolved);
    assertTrue(text.contains("≥ declared 194.5 MiB"), text);
    assertTrue(text.contains("dataset: 204M (194.5 MiB)"), text);
  }

  private static void collect(Tree.Mapping mapping, SpecPath at, Set<String> leaves) {
    mapping.entries().forEach((key, value) -> {
      SpecPath path = at.at(key);
      if (value instanceof Tree.Leaf) {
        leaves.add(path.toString());
      } else if (value instanceof Tree.Mapping child) {
        collect(child, path, leaves);
      } else if (value instanceof Tree.Sequence sequence) {
        for (int i = 0; i < sequence.items().size(); i++) {
          collect(sequence.items().get(i), path.at(i), leaves);
        }
      }
    });
  }
}
