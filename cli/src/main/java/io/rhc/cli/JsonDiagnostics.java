package io.rhc.cli;

import io.rhc.diag.Diagnostic;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Diagnostics as a JSON array, one object per finding. */
final class JsonDiagnostics {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonDiagnostics() {}

  static String toJson(List<Diagnostic> diagnostics) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Diagnostic d : diagnostics) {
      ObjectNode o = array.addObject();
      o.put("file", d.file());
      if (d.span() != null) {
        o.put("line", d.span().line());
        o.put("column", d.span().column());
      }
      o.put("severity", d.severity().label());
      o.put("code", d.code());
      o.put("path", d.path().isRoot() ? "" : d.path().toString());
      o.put("summary", d.summary());
      if (d.detail() != null) {
        o.put("detail", d.detail());
      }
      if (d.hint() != null) {
        o.put("hint", d.hint());
      }
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
  }
}
