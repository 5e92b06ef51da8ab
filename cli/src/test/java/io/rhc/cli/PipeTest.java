package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The pipe habits: a spec from stdin ({@code -}) and {@code compile --out -} for {@code kubectl apply -f -}. */
class PipeTest {
  private static final Path HOMELAB = Path.of("../examples/homelab-k8s/spec.yaml");

  private static String spec(String example) throws IOException {
    return Files.readString(Path.of("../examples/" + example + "/spec.yaml"), StandardCharsets.UTF_8);
  }

  @Test
  void aSpecFromStdinLintsAndItsDiagnosticsNameStdin() throws IOException {
    String broken = spec("homelab-k8s").replace("policy: noeviction", "policy: allkeys-lru");
    CliRun run = CliRun.withInput(broken, "lint", "--color=never", "-");
    assertEquals(ExitCodes.SPEC_ERRORS, run.code(), run.err());
    int line = lineOf(broken, "policy: allkeys-lru");
    assertTrue(run.err().contains("<stdin>:" + line + ":"), run.err());
    assertTrue(run.err().contains("error[RHC2005]"), run.err());
    assertEquals(ExitCodes.OK, CliRun.withInput(spec("homelab-k8s"), "validate", "-").code());
  }

  @Test
  void stdinAndFilesMixAndADuplicateDashReadsOnce() throws IOException {
    CliRun run = CliRun.withInput(spec("gateway-k8s"), "validate", HOMELAB.toString(), "-", "-");
    assertEquals(ExitCodes.OK, run.code(), run.err());
    assertEquals(List.of(HOMELAB + ": valid", "-: valid"), run.out().lines().toList());
  }

  @Test
  void anEmptyStdinIsASpecErrorNotACrash() {
    CliRun run = CliRun.withInput("", "lint", "--color=never", "-");
    assertEquals(ExitCodes.SPEC_ERRORS, run.code(), run.err());
    assertTrue(run.err().contains("<stdin>"), run.err());
  }

  /** The stream is what {@code kubectl kustomize} renders from the directory: same objects, same order, same names. */
  @ParameterizedTest
  @ValueSource(strings = {"homelab-k8s", "gateway-k8s"})
  void compileToStdoutIsTheKustomizeRendering(String example, @TempDir Path dir) throws Exception {
    CliRun stream = CliRun.withInput(spec(example), "compile", "-", "-t", "kubernetes", "--out", "-");
    assertEquals(ExitCodes.OK, stream.code(), stream.err());
    assertFalse(stream.err().contains("compiled"), stream.err());
    Path out = dir.resolve("out");
    assertEquals(ExitCodes.OK, CliRun.of("compile", "../examples/" + example + "/spec.yaml", "-t", "kubernetes",
        "-o", out.toString()).code());
    List<Object> expected = documents(kubectlKustomize(out));
    List<Object> actual = documents(stream.out());
    assertEquals(expected.size(), actual.size(), stream.out());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "document " + i + " of " + example);
    }
    assertEquals(stream.out(), CliRun.withInput(spec(example), "compile", "-", "-t", "kubernetes", "-o", "-").out(),
        "deterministic");
  }

  @Test
  void streamingIsForOneSpecAndATargetWhoseFilesStandAlone() throws IOException {
    CliRun compose = CliRun.of("compile", "../examples/odoo-compose/spec.yaml", "-t", "compose", "--out", "-");
    assertEquals(ExitCodes.USAGE, compose.code());
    assertTrue(compose.err().contains("use --out DIR"), compose.err());
    assertEquals("", compose.out());
    CliRun two = CliRun.of("compile", HOMELAB.toString(), "../examples/gateway-k8s/spec.yaml", "-t", "kubernetes",
        "--out", "-");
    assertEquals(ExitCodes.USAGE, two.code());
    assertTrue(two.err().contains("one spec for one target"), two.err());
    CliRun json = CliRun.of("compile", "--format=json", HOMELAB.toString(), "-t", "kubernetes", "--out", "-");
    assertEquals(ExitCodes.USAGE, json.code());
    assertTrue(json.err().contains("add --output FILE"), json.err());
    assertEquals(ExitCodes.USAGE, CliRun.of("plan", HOMELAB.toString(), "-t", "kubernetes", "--out", "-").code());
  }

  @Test
  void aSpecWithErrorsStreamsNothing() throws IOException {
    String broken = spec("homelab-k8s").replace("policy: noeviction", "policy: allkeys-lru");
    CliRun run = CliRun.withInput(broken, "compile", "-", "-t", "kubernetes", "--out", "-");
    assertEquals(ExitCodes.SPEC_ERRORS, run.code());
    assertEquals("", run.out());
  }

  /** The generated-name hash matches kustomize's on contents Go's JSON encoder escapes (HTML characters, quotes). */
  @Test
  void configMapHashIsKustomizes(@TempDir Path dir) throws Exception {
    Map<String, String> data = new java.util.TreeMap<>(Map.of("a.sh", "#!/bin/sh\n[ \"$x\" -lt 3 ] && echo '<ok>' > /dev/null\n",
        "b.conf", "tab\there \\ back, caf\u00e9 \u2028 line\n", "empty", ""));
    StringBuilder kustomization = new StringBuilder("configMapGenerator:\n  - name: probe\n    files:\n");
    for (Map.Entry<String, String> e : data.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      kustomization.append("      - ").append(e.getKey()).append('\n');
    }
    Files.writeString(dir.resolve("kustomization.yaml"), kustomization);
    @SuppressWarnings("unchecked")
    Map<String, Object> rendered = (Map<String, Object>) documents(kubectlKustomize(dir)).get(0);
    assertEquals(((Map<?, ?>) rendered.get("metadata")).get("name"), "probe-" + KustomizeStream.hash(data));
  }

  private static List<Object> documents(String yaml) {
    List<Object> all = new ArrayList<>();
    new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml).forEach(d -> {
      if (d != null) {
        all.add(d);
      }
    });
    return all;
  }

  private static String kubectlKustomize(Path dir) throws IOException, InterruptedException {
    if (Stream.of(System.getenv("PATH").split(":")).noneMatch(p -> Files.isExecutable(Path.of(p, "kubectl")))) {
      fail("kubectl is not installed; scripts/test.sh installs it");
    }
    Path log = Files.createTempFile("kustomize", ".yaml");
    Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectOutput(log.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("kubectl kustomize did not finish within 60 s");
    }
    assertEquals(0, p.exitValue());
    String rendered = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return rendered;
  }

  private static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in the spec");
  }
}
