package io.rhc.source;

/** A 1-based line and column range in a source file. */
public record Span(int line, int column, int endLine, int endColumn) {
  public static Span at(int line, int column) {
    return new Span(line, column, line, column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
