package io.rhc.parse;

import io.rhc.diag.Diagnostic;
import io.rhc.path.SpecPath;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * A pass over the raw YAML events, before anything is built, that rejects what must never be
 * composed: more than one document, too many aliases and too deep nesting. Working on events
 * gives each rejection the exact position of the offending token, which SnakeYAML's own limits
 * (thrown without a position) do not.
 */
final class StreamCheck {
  static final int MAX_ALIASES = 100;
  static final int MAX_DEPTH = 32;

  private StreamCheck() {}

  /** The first stream-level problem, if any. Syntax errors propagate as SnakeYAML exceptions. */
  static Optional<Diagnostic> firstProblem(String text, LoaderOptions options) {
    Parser parser = new ParserImpl(new StreamReader(text), options);
    int documents = 0;
    int aliases = 0;
    int depth = 0;
    while (!parser.checkEvent(Event.ID.StreamEnd)) {
      Event event = parser.getEvent();
      switch (event.getEventId()) {
        case DocumentStart -> {
          if (++documents == 2) {
            return Optional.of(ParseProblems.error(ParseProblems.DOCUMENT_SHAPE, SpecPath.root(),
                Spans.at(event.getStartMark()), "The file holds more than one YAML document",
                "A spec describes exactly one cluster.",
                "Remove the `---` separator and everything after it, or split the clusters into one file each."));
          }
        }
        case Alias -> {
          if (++aliases > MAX_ALIASES) {
            return Optional.of(ParseProblems.error(ParseProblems.ALIAS_ABUSE, SpecPath.root(),
                Spans.at(event.getStartMark()), "The file uses more than " + MAX_ALIASES + " YAML aliases",
                "Many aliases can expand to an enormous document (a \"billion laughs\" bomb).",
                "Write the values out instead of referring to anchors with `*name`."));
          }
        }
        case MappingStart, SequenceStart -> {
          if (++depth > MAX_DEPTH) {
            return Optional.of(ParseProblems.error(ParseProblems.ALIAS_ABUSE, SpecPath.root(),
                Spans.at(event.getStartMark()), "The YAML nests deeper than " + MAX_DEPTH + " levels",
                "No part of a spec nests that deep; such input is malformed or hostile.",
                "Flatten the structure to the shape the spec format describes."));
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> { }
      }
    }
    return Optional.empty();
  }
}
