package io.rhc.diag;

import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one spec across stages. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void error(String code, SpecPath path, String summary, String hint) {
    add(Diagnostic.error(code, path, summary, hint));
  }

  public void addAll(Iterable<Diagnostic> diagnostics) {
    diagnostics.forEach(this::add);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public int count(Severity severity) {
    return (int) items.stream().filter(d -> d.severity() == severity).count();
  }

  /** In file order (line, column), then by code, so output is deterministic. */
  public List<Diagnostic> sorted() {
    Comparator<Diagnostic> order =
        Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file())
            .thenComparingInt(d -> d.span() == null ? 0 : d.span().line())
            .thenComparingInt(d -> d.span() == null ? 0 : d.span().column())
            .thenComparing(Diagnostic::code)
            .thenComparing(d -> d.path().toString())
            .thenComparing(Diagnostic::summary);
    return items.stream().sorted(order).toList();
  }

  public List<Diagnostic> all() {
    return List.copyOf(items);
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}
