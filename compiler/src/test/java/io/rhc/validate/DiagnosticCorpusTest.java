package io.rhc.validate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code diagnostics/} is a spec with one defect and comment lines stating
 * exactly what must be reported: {@code # expect: RHC0101 at 16:5 spec.sentinel.quorom}.
 * {@code # pad-to-bytes: N} appends comment lines until the file has N bytes.
 */
class DiagnosticCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/diagnostics");
  private static final Pattern EXPECT = Pattern.compile("(?m)^# expect: (RHC\\d{4} at \\d+:\\d+ .+)$");
  private static final Pattern PAD = Pattern.compile("(?m)^# pad-to-bytes: (\\d+)$");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnostics(String name) throws IOException {
    String text = padded(Files.readString(CORPUS.resolve(name + ".yaml"), StandardCharsets.UTF_8));
    List<Diagnostic> diagnostics = InputStages.check(name + ".yaml", text);

    Set<String> actual = diagnostics.stream()
        .map(d -> d.code() + " at " + d.span() + " " + d.path())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expectations(text), actual, () -> describe(diagnostics));
    assertAll(diagnostics.stream().map(d -> () -> assertWellWorded(d)));
  }

  @Test
  void corpusCoversAtLeastFortyFiveBrokenSpecs() throws IOException {
    long broken = cases().filter(name -> !name.startsWith("valid-")).count();
    assertTrue(broken >= 45, "only " + broken + " broken specs");
  }

  static void assertWellWorded(Diagnostic d) {
    assertNotNull(d.span(), d.code() + " has no location");
    assertFalse(d.summary().isBlank(), d.code() + " has an empty summary");
    assertFalse(d.summary().endsWith("."), "summary ends with a period: " + d.summary());
    assertFalse(d.summary().contains("\n"), "summary spans lines: " + d.summary());
    assertNotNull(d.hint(), d.code() + " has no hint");
    assertTrue(d.hint().endsWith(".") || d.hint().matches("Did you mean `[^`]+`\\?"),
        "hint is not a full sentence: " + d.hint());
    String words = d.summary() + " " + d.hint() + " " + (d.detail() == null ? "" : d.detail());
    assertFalse(words.contains("rhc.io/schema") || words.contains("$defs") || words.contains("#/"),
        "internal schema location leaked: " + words);
  }

  private static Set<String> expectations(String text) {
    Set<String> expected = new TreeSet<>();
    Matcher m = EXPECT.matcher(text);
    while (m.find()) {
      expected.add(m.group(1));
    }
    return expected;
  }

  private static String padded(String text) {
    Matcher m = PAD.matcher(text);
    if (!m.find()) {
      return text;
    }
    int target = Integer.parseInt(m.group(1));
    StringBuilder sb = new StringBuilder(text);
    while (sb.toString().getBytes(StandardCharsets.UTF_8).length < target) {
      sb.append("# padding so the file exceeds the size limit ").append("#".repeat(1000)).append('\n');
    }
    return sb.toString();
  }

  private static String describe(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.code() + " at " + d.span() + " " + d.path() + ": " + d.summary() + " | " + d.hint())
        .collect(Collectors.joining("\n", "reported:\n", "\n"));
  }
}
