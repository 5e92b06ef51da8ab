package io.rhc.report;

import io.rhc.diag.Diagnostic;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Diagnostics as one JSON array. Every object has the same keys (file, line, column, severity, code,
 * path, summary, detail, hint), with {@code null} where a value is absent, so consumers need no guessing.
 */
public final class JsonReport {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A rule {@code rhc audit} could not run, and why. */
  public record NotEvaluated(String rule, String name, String reason) {}

  /** Something {@code rhc audit} read past without judging it, at a position of an audited file. */
  public record Note(String file, int line, int column, String text) {}

  /**
   * The audit document: {@code {"diagnostics": [as lint prints them], "notEvaluated": [{rule, name, reason}],
   * "notes": [{file, line, column, text}]}}.
   */
  public String write(List<Diagnostic> diagnostics, List<NotEvaluated> notEvaluated, List<Note> notes) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("diagnostics", array(diagnostics));
    ArrayNode rules = root.putArray("notEvaluated");
    for (NotEvaluated n : notEvaluated) {
      rules.addObject().put("rule", n.rule()).put("name", n.name()).put("reason", n.reason());
    }
    ArrayNode read = root.putArray("notes");
    for (Note n : notes) {
      read.addObject().put("file", n.file()).put("line", n.line()).put("column", n.column()).put("text", n.text());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  public String write(List<Diagnostic> diagnostics) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array(diagnostics)) + "\n";
  }

  private static ArrayNode array(List<Diagnostic> diagnostics) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Diagnostic d : diagnostics) {
      ObjectNode o = array.addObject();
      o.put("file", d.file());
      if (d.span() != null) {
        o.put("line", d.span().line());
        o.put("column", d.span().column());
      } else {
        o.putNull("line");
        o.putNull("column");
      }
      o.put("severity", d.severity().label());
      o.put("code", d.code());
      o.put("path", d.path().isRoot() ? "" : d.path().toString());
      o.put("summary", d.summary());
      o.put("detail", d.detail());
      o.put("hint", d.hint());
    }
    return array;
  }
}
