package io.rhc.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.parse.ParsedDocument;
import io.rhc.parse.YamlLoader;
import io.rhc.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever happens to a spec, the input stages end in a document or in located diagnostics,
 * never in an exception.
 */
class MutatedSpecPropertyTest {
  private static final String SPEC = read(Path.of("../examples/homelab-k8s/spec.yaml"));
  private static final YamlLoader LOADER = new YamlLoader();
  private static final SchemaValidator VALIDATOR = new SchemaValidator();

  @Property(tries = 5000)
  void everyMutantEndsInADocumentOrLocatedDiagnostics(@ForAll("mutants") List<Mutation> mutations) {
    String text = SPEC;
    for (Mutation mutation : mutations) {
      text = mutation.apply(text);
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<ParsedDocument> document = LOADER.load(new SourceFile("mutant.yaml", text), diagnostics);
    if (document.isPresent() && !diagnostics.hasErrors()) {
      VALIDATOR.validate(document.get(), diagnostics);
    }
    assertTrue(document.isPresent() || diagnostics.hasErrors(), "no document and no reason why");
    for (Diagnostic d : diagnostics.all()) {
      assertTrue(d.span() != null && d.span().line() >= 1 && d.span().column() >= 1, "not located: " + d);
      assertTrue(d.hint() != null && !d.summary().endsWith("."), "badly worded: " + d);
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutants() {
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 1_000_000);
    Arbitrary<String> noise = Arbitraries.strings()
        .withChars(" :-{}[]&*!|>\"'#\t\n\\%@`,?~.0123456789abcXYZ\u0000\u0007\r\u2028")
        .ofMaxLength(6);
    Arbitrary<String> scalar = Arbitraries.oneOf(noise, Arbitraries.integers().map(String::valueOf),
        Arbitraries.of("yes", "no", "~", "8.6", "\"a\\nb\"", "*x", "&x", "!!python/object x", "[]", "{}", "1e9",
            ".inf", "512MB", "5", "../x", "'q'"));
    Arbitrary<Mutation> one = Arbitraries.oneOf(
        position.map(DeleteLine::new),
        position.map(DuplicateLine::new),
        Combinators.combine(position, position).as(SwapLines::new),
        Combinators.combine(position, noise).as(InsertText::new),
        Combinators.combine(position, Arbitraries.integers().between(0, 12)).as(Reindent::new),
        Combinators.combine(position, scalar).as(ReplaceValue::new),
        position.map(Truncate::new));
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  interface Mutation {
    String apply(String text);
  }

  record DeleteLine(int at) implements Mutation {
    public String apply(String text) {
      List<String> lines = lines(text);
      lines.remove(at % lines.size());
      return String.join("\n", lines);
    }
  }

  record DuplicateLine(int at) implements Mutation {
    public String apply(String text) {
      List<String> lines = lines(text);
      int i = at % lines.size();
      lines.add(i, lines.get(i));
      return String.join("\n", lines);
    }
  }

  record SwapLines(int a, int b) implements Mutation {
    public String apply(String text) {
      List<String> lines = lines(text);
      int i = a % lines.size();
      int j = b % lines.size();
      String line = lines.get(i);
      lines.set(i, lines.get(j));
      lines.set(j, line);
      return String.join("\n", lines);
    }
  }

  record InsertText(int at, String inserted) implements Mutation {
    public String apply(String text) {
      int i = at % (text.length() + 1);
      return text.substring(0, i) + inserted + text.substring(i);
    }
  }

  record Reindent(int at, int spaces) implements Mutation {
    public String apply(String text) {
      List<String> lines = lines(text);
      int i = at % lines.size();
      lines.set(i, " ".repeat(spaces) + lines.get(i).stripLeading());
      return String.join("\n", lines);
    }
  }

  record ReplaceValue(int at, String value) implements Mutation {
    public String apply(String text) {
      List<String> lines = lines(text);
      int i = at % lines.size();
      int colon = lines.get(i).indexOf(": ");
      if (colon >= 0) {
        lines.set(i, lines.get(i).substring(0, colon + 2) + value);
      }
      return String.join("\n", lines);
    }
  }

  record Truncate(int at) implements Mutation {
    public String apply(String text) {
      return text.substring(0, at % (text.length() + 1));
    }
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
