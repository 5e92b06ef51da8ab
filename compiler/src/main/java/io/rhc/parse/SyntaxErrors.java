package io.rhc.parse;

import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import io.rhc.source.Span;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Turns SnakeYAML's exceptions into readable diagnostics at the offending position. */
final class SyntaxErrors {
  private static final String GENERIC_HINT =
      "Check this line: indent with spaces, close every quote and bracket, and write `key: value` pairs.";

  private SyntaxErrors() {}

  static Diagnostic of(MarkedYAMLException e, String text) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    Mark where = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    Span span = where == null ? Span.at(1, 1) : Spans.at(where);
    Optional<Span> openQuote = UnclosedQuote.before(text, span.line());
    if (openQuote.isPresent()) {
      return syntax(openQuote.get(), "Quoted string is never closed",
          "Add the closing quote at the end of the value.");
    }
    if (problem.contains("(TAB)")) {
      return syntax(span, "Tab character in indentation",
          "YAML indents with spaces only. Replace the tab with spaces.");
    }
    if (context.startsWith("while parsing a flow") && e.getContextMark() != null) {
      String bracket = context.contains("mapping") ? "{" : "[";
      return syntax(Spans.at(e.getContextMark()), "Flow " + (bracket.equals("{") ? "mapping `{`" : "list `[`")
          + " is not closed or misses a `,`", "Separate the entries with `,` and close the " + (bracket.equals("{")
          ? "mapping with `}`" : "list with `]`") + " on the same line.");
    }
    if (problem.contains("mapping values are not allowed")) {
      return syntax(span, "Unexpected `:` in a value, or a key indented under a value",
          "Check the indentation of this line against the key above it, or quote a value that contains `: `.");
    }
    if (problem.startsWith("expected <block end>")) {
      return syntax(span, "Indentation does not match any enclosing key",
          "Indent this line exactly as far as its sibling keys.");
    }
    if (problem.startsWith("found undefined alias")) {
      return syntax(span, "Alias refers to an anchor that is not defined",
          "Define the anchor with `&name` before using `*name`, or write the value out.");
    }
    return syntax(span, sentence(problem.isBlank() ? "invalid YAML" : problem), GENERIC_HINT);
  }

  /** A character YAML forbids anywhere in the stream, such as a raw control character. */
  static Diagnostic of(ReaderException e, String text) {
    return ParseProblems.error(ParseProblems.INJECTION, SpecPath.root(), Spans.atCodePoint(text, e.getPosition()),
        String.format(Locale.ROOT, "Control character U+%04X in the file", e.getCodePoint()),
        "Control characters in a spec would be written into redis.conf, sentinel.conf or unit files.",
        "Delete the character; if the file was pasted from a terminal, retype this line.");
  }

  private static Diagnostic syntax(Span span, String summary, String hint) {
    return ParseProblems.error(ParseProblems.SYNTAX, SpecPath.root(), span, summary, null, hint);
  }

  private static String sentence(String problem) {
    String trimmed = problem.strip().replaceAll("[.]+$", "").replaceAll("\\s+", " ");
    return Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
  }
}
