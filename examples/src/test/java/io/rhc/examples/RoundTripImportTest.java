package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.ImportResult;
import io.rhc.Importer;
import io.rhc.emit.Artifact;
import io.rhc.emit.Target;
import io.rhc.emit.TargetRegistry;
import io.rhc.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * compile → import of the output → compile: the second output must equal the first, except for the differences
 * pinned in {@code import/roundtrip/<example>.<target>.txt} (every line that differs, per file). A new difference
 * fails, and so does one that went away (rewrite the pins with {@code -Dgolden.update=true} and review them).
 * Kubernetes output is imported as {@code kubectl kustomize} renders it, compose output as its compose file, systemd
 * output as its per-host trees. README "Importing a cluster into a spec" says why each pinned difference remains.
 */
class RoundTripImportTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final String KUBECTL = "/usr/bin/kubectl";

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"homelab-k8s, kubernetes", "gateway-k8s, kubernetes", "odoo-compose, compose",
      "veza-systemd, systemd"})
  void compileImportCompileDiffersOnlyWherePinned(String example, String targetId, @TempDir Path dir)
      throws Exception {
    Target target = TargetRegistry.load().find(targetId).orElseThrow();
    Path spec = Path.of(example, "spec.yaml");
    Map<String, String> first = compile(new SourceFile(spec.toString(), Files.readString(spec)), target);
    Path out = dir.resolve("out");
    for (Map.Entry<String, String> e : first.entrySet()) {
      Files.createDirectories(out.resolve(e.getKey()).getParent());
      Files.writeString(out.resolve(e.getKey()), e.getValue());
    }
    ImportResult imported = importOutput(out, targetId);
    assertTrue(imported.spec().isPresent() && !imported.hasErrors(), imported.diagnostics().toString());
    Map<String, String> second = compile(new SourceFile("imported.yaml", imported.spec().get()), target);
    String differences = LineDiff.of(first, second);
    Path pinned = Path.of("import", "roundtrip", example + "." + targetId + ".txt");
    if (UPDATE) {
      Files.createDirectories(pinned.getParent());
      Files.writeString(pinned, differences);
    }
    assertTrue(Files.exists(pinned), "no pinned differences: run with -Dgolden.update=true and review " + pinned);
    assertEquals(Files.readString(pinned), differences, "the round trip's differences changed; review " + pinned);
  }

  private static ImportResult importOutput(Path out, String target) throws Exception {
    Importer importer = new Importer();
    switch (target) {
      case "kubernetes" -> {
        assumeTrue(Files.isExecutable(Path.of(KUBECTL)), "kubectl is needed");
        return importer.importFrom(List.of(Path.of("-")), List.of("-"), Optional.of(kustomize(out)));
      }
      case "compose" -> {
        Path compose = out.resolve("compose.yaml");
        return importer.importFrom(List.of(compose), List.of("compose.yaml"), Optional.empty());
      }
      default -> {
        List<Path> hosts = new ArrayList<>();
        try (var list = Files.list(out)) {
          list.filter(Files::isDirectory).sorted().forEach(hosts::add);
        }
        return importer.importFrom(hosts, hosts.stream().map(h -> h.getFileName().toString()).toList(),
            Optional.empty());
      }
    }
  }

  private static Map<String, String> compile(SourceFile spec, Target target) {
    CompilationResult result = new Compiler().compile(spec, List.of(target));
    assertFalse(result.hasErrors(), spec.name() + ": " + result.diagnostics());
    Map<String, String> files = new TreeMap<>();
    for (Artifact a : result.artifacts().get(target.id())) {
      files.put(a.path(), a.content());
    }
    return files;
  }

  private static String kustomize(Path dir) throws Exception {
    Process p = new ProcessBuilder(KUBECTL, "kustomize", dir.toString()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
    assertEquals(0, p.exitValue(), "kubectl kustomize failed");
    return out;
  }

  /** Per file, the lines only the first or only the second output has (a longest-common-subsequence diff). */
  static final class LineDiff {
    private LineDiff() {}

    static String of(Map<String, String> first, Map<String, String> second) {
      StringBuilder out = new StringBuilder();
      TreeSet<String> paths = new TreeSet<>(first.keySet());
      paths.addAll(second.keySet());
      for (String path : paths) {
        String a = first.get(path);
        String b = second.get(path);
        if (a == null || b == null) {
          out.append(a == null ? "only after import: " : "only in the first compile: ").append(path).append('\n');
        } else if (!a.equals(b)) {
          out.append("--- ").append(path).append('\n').append(lines(a.split("\n", -1), b.split("\n", -1)));
        }
      }
      return out.toString();
    }

    private static String lines(String[] a, String[] b) {
      int[][] common = new int[a.length + 1][b.length + 1];
      for (int i = a.length - 1; i >= 0; i--) {
        for (int j = b.length - 1; j >= 0; j--) {
          common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
        }
      }
      StringBuilder out = new StringBuilder();
      int i = 0;
      int j = 0;
      while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i].equals(b[j])) {
          i++;
          j++;
        } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
          out.append("+ ").append(b[j++]).append('\n');
        } else {
          out.append("- ").append(a[i++]).append('\n');
        }
      }
      return out.toString();
    }
  }
}
