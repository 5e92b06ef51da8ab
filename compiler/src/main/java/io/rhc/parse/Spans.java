package io.rhc.parse;

import io.rhc.source.Span;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Converts SnakeYAML's 0-based marks to 1-based spans. */
final class Spans {
  private Spans() {}

  static Span of(Node node) {
    return of(node.getStartMark(), node.getEndMark());
  }

  static Span of(Mark start, Mark end) {
    return new Span(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
  }

  static Span at(Mark mark) {
    return Span.at(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /**
   * The position of a code-point offset in the text, counting line breaks the way SnakeYAML
   * does ({@code \n}, {@code \r\n}, a lone {@code \r}, NEL, U+2028 and U+2029).
   */
  static Span atCodePoint(String text, int codePointOffset) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int i = 0; i < codePointOffset && index < text.length(); i++) {
      int c = text.codePointAt(index);
      index += Character.charCount(c);
      boolean crlf = c == '\r' && index < text.length() && text.charAt(index) == '\n';
      if (!crlf && (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029)) {
        line++;
        column = 1;
      } else if (!crlf) {
        column++;
      }
    }
    return Span.at(line, column);
  }
}
