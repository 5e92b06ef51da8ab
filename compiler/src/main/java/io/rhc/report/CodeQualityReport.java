package io.rhc.report;

import io.rhc.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Diagnostics as a GitLab code quality report (the Code Climate issue subset GitLab reads: description,
 * check_name, fingerprint, severity, location.path and location.lines.begin). The fingerprint hashes what
 * identifies a finding across commits — rule, file, spec path, summary — and not its line, so moving a block
 * does not reopen it; equal findings get a running number.
 */
public final class CodeQualityReport {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  public String write(List<Diagnostic> diagnostics) {
    ArrayNode array = MAPPER.createArrayNode();
    Map<String, Integer> seen = new HashMap<>();
    for (Diagnostic d : diagnostics) {
      String identity = d.code() + "\n" + d.file() + "\n" + d.path() + "\n" + d.summary();
      int n = seen.merge(identity, 1, Integer::sum);
      ObjectNode o = array.addObject();
      o.put("description", d.code() + " " + (d.path().isRoot() ? "" : d.path() + ": ") + d.summary());
      o.put("check_name", d.code());
      o.put("fingerprint", sha256(identity + "\n" + n));
      o.put("severity", switch (d.severity()) {
        case ERROR -> "major";
        case WARNING -> "minor";
        case INFO -> "info";
      });
      ObjectNode location = o.putObject("location");
      location.put("path", d.file() == null ? "" : d.file());
      location.putObject("lines").put("begin", d.span() == null ? 1 : d.span().line());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
