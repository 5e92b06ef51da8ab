package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.CompilationResult;
import io.rhc.Compiler;
import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.parse.YamlLoader;
import io.rhc.path.SpecPath;
import io.rhc.source.SourceMap;
import io.rhc.source.Span;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture under {@code rules/RHCnnnn/} through the whole pipeline ({@link Compiler#check})
 * and asserts exactly the findings its {@code # expect:} lines name: rule, severity, spec path and,
 * when given, line. A directory of fixtures is a set of specs linted together (cross-spec rules).
 */
class RuleFixturesTest {
  static final Pattern EXPECT = Pattern.compile("# expect: (RHC\\d{4}) (error|warning|info) at (\\S+)(?: line (\\d+))?");

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> rules = Files.list(root())) {
      return rules.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream()
          .flatMap(RuleFixturesTest::casesIn);
    }
  }

  private static Stream<String> casesIn(String dir) {
    try (Stream<Path> entries = Files.list(root().resolve(dir))) {
      return entries.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".yaml"))
          .map(p -> dir + "/" + p.getFileName()).sorted().toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path root() {
    try {
      return Path.of(Objects.requireNonNull(RuleFixturesTest.class.getResource("/rules")).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findsExactlyWhatTheFixtureExpects(String fixture) throws IOException {
    Path path = root().resolve(fixture);
    List<Path> specs = Files.isDirectory(path) ? sortedYaml(path) : List.of(path);
    List<CompilationResult> results = new ArrayList<>();
    for (Path spec : specs) {
      results.add(check(new SourceFile(root().relativize(spec).toString(), Files.readString(spec))));
    }
    // A spec the resolver refuses (RHC02xx) never reaches lint, so it takes no part in cross-spec rules.
    List<Integer> linted = IntStream.range(0, results.size()).filter(i -> results.get(i).spec().isPresent())
        .boxed().toList();
    List<Diagnostics> across = new Linter().lintAcross(
        linted.stream().map(i -> results.get(i).spec().orElseThrow()).toList());
    for (int i = 0; i < specs.size(); i++) {
      Set<String> expected = new TreeSet<>();
      Set<String> lineless = new TreeSet<>();
      for (String line : Files.readAllLines(specs.get(i))) {
        Matcher m = EXPECT.matcher(line);
        if (m.matches()) {
          String finding = m.group(1) + " " + m.group(2) + " at " + m.group(3);
          expected.add(m.group(4) == null ? finding : finding + " line " + m.group(4));
          if (m.group(4) == null) {
            lineless.add(finding);
          }
        }
      }
      Set<String> actual = new TreeSet<>();
      for (Diagnostic d : results.get(i).diagnostics()) {
        actual.add(render(d, lineless));
      }
      if (linted.contains(i)) {
        for (Diagnostic d : across.get(linted.indexOf(i)).all()) {
          actual.add(render(d, lineless));
        }
      }
      assertEquals(expected, actual, specs.get(i).getFileName().toString());
    }
  }

  /**
   * The {@code line N} of each expectation is where the facade will put the finding: the key's line,
   * or the key of the nearest ancestor present in the file. Checked against the real source map, without the resolver.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void expectedLinesAreWhereTheFacadeReports(String fixture) throws IOException {
    Path path = root().resolve(fixture);
    for (Path spec : Files.isDirectory(path) ? sortedYaml(path) : List.of(path)) {
      String text = Files.readString(spec);
      Diagnostics diagnostics = new Diagnostics();
      SourceMap map = new YamlLoader().load(new SourceFile(spec.toString(), text), diagnostics).orElseThrow()
          .sourceMap();
      assertEquals(List.of(), diagnostics.all());
      for (String line : text.lines().toList()) {
        Matcher m = EXPECT.matcher(line);
        if (m.matches() && m.group(4) != null) {
          SpecPath at = SpecPath.parse(m.group(3));
          int reported = map.locate(at).map(Span::line).orElse(0);
          assertEquals(Integer.parseInt(m.group(4)), reported, spec.getFileName() + ": " + line);
        }
      }
    }
  }

  private static String render(Diagnostic d, Set<String> lineless) {
    String finding = d.code() + " " + d.severity().label() + " at " + d.path();
    return lineless.contains(finding) || d.span() == null ? finding : finding + " line " + d.span().line();
  }

  private static CompilationResult check(SourceFile file) {
    try {
      return new Compiler().check(file);
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("the YAML loader and resolver are not on this branch yet: " + e.getMessage());
      throw e;
    }
  }

  private static List<Path> sortedYaml(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
