package io.rhc.report;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Severity;
import io.rhc.lint.RuleCatalog;
import io.rhc.lint.RuleMeta;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Diagnostics as a SARIF 2.1.0 log with one run. Every lint rule is listed with its documentation (so
 * code-scanning UIs show it), plus a descriptor for each input, portability or artifact code that occurs.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String toolVersion;
  private final String informationUri;
  private final RuleCatalog catalog;

  /**
   * @param toolVersion rhc's version, e.g. {@code 0.1.0}
   * @param informationUri where people read about rhc
   */
  public SarifReport(String toolVersion, String informationUri, RuleCatalog catalog) {
    this.toolVersion = toolVersion;
    this.informationUri = informationUri;
    this.catalog = catalog;
  }

  public String write(List<Diagnostic> diagnostics) {
    Map<String, ObjectNode> rules = new TreeMap<>();
    for (RuleMeta rule : catalog.rules()) {
      rules.put(rule.id(), lintRule(rule));
    }
    for (Diagnostic d : diagnostics) {
      rules.computeIfAbsent(d.code(), SarifReport::otherCode);
    }
    List<String> ruleIds = List.copyOf(rules.keySet());

    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "rhc");
    driver.put("version", toolVersion);
    driver.put("informationUri", informationUri);
    ArrayNode ruleArray = driver.putArray("rules");
    rules.values().forEach(ruleArray::add);
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      results.add(result(d, ruleIds.indexOf(d.code())));
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(log) + "\n";
  }

  private static ObjectNode lintRule(RuleMeta rule) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("id", rule.id());
    r.put("name", rule.slug());
    r.putObject("shortDescription").put("text", rule.summary());
    r.putObject("fullDescription").put("text", section(rule.doc(), "What it flags").orElse(rule.summary()));
    ObjectNode help = r.putObject("help");
    help.put("text", rule.summary());
    help.put("markdown", rule.doc());
    r.putObject("defaultConfiguration").put("level", level(rule.severity()));
    r.putObject("properties").put("category", rule.category().description());
    return r;
  }

  /** Input (RHC0xxx), portability (RHC5xxx) and artifact (RHC6xxx) codes have no doc page; their family names them. */
  private static ObjectNode otherCode(String code) {
    String[] family = family(code);
    ObjectNode r = MAPPER.createObjectNode();
    r.put("id", code);
    r.put("name", family[0]);
    r.putObject("shortDescription").put("text", family[1]);
    r.putObject("defaultConfiguration").put("level", code.startsWith("RHC5") ? "warning" : "error");
    return r;
  }

  private static String[] family(String code) {
    if (code.startsWith("RHC00")) {
      return new String[] {"yaml-syntax", "The file is not usable YAML"};
    } else if (code.startsWith("RHC01")) {
      return new String[] {"schema", "The spec does not match the spec schema"};
    } else if (code.startsWith("RHC02")) {
      return new String[] {"cross-field", "Spec values contradict each other"};
    } else if (code.startsWith("RHC03")) {
      return new String[] {"lint-settings", "The spec's lint settings are wrong"};
    } else if (code.startsWith("RHC5")) {
      return new String[] {"target-portability", "The target cannot express a spec feature"};
    } else if (code.startsWith("RHC6")) {
      return new String[] {"artifact-check", "A generated file breaks an invariant"};
    }
    return new String[] {"other", "Other problem"};
  }

  private static ObjectNode result(Diagnostic d, int ruleIndex) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("ruleId", d.code());
    r.put("ruleIndex", ruleIndex);
    r.put("level", level(d.severity()));
    StringBuilder text = new StringBuilder(d.summary()).append('.');
    if (d.detail() != null) {
      text.append(' ').append(d.detail());
    }
    if (d.hint() != null) {
      text.append(' ').append(d.hint());
    }
    r.putObject("message").put("text", text.toString());
    if (d.file() != null || !d.path().isRoot()) {
      ObjectNode location = r.putArray("locations").addObject();
      if (d.file() != null) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(d.file()));
        if (d.span() != null) {
          ObjectNode region = physical.putObject("region");
          region.put("startLine", d.span().line());
          region.put("startColumn", d.span().column());
        }
      }
      if (!d.path().isRoot()) {
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("fullyQualifiedName", d.path().toString());
        logical.put("kind", "member");
      }
    }
    return r;
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A relative file name as a URI reference: {@code my specs/a.yaml} becomes {@code my%20specs/a.yaml}. */
  private static String uri(String file) {
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a file name: " + file, e);
    }
  }

  /** The paragraph under a {@code ## title} of a rule doc. */
  private static Optional<String> section(String doc, String title) {
    int start = doc.indexOf("\n## " + title + "\n");
    if (start < 0) {
      return Optional.empty();
    }
    String rest = doc.substring(start + title.length() + 5).strip();
    int end = rest.indexOf("\n## ");
    return Optional.of((end < 0 ? rest : rest.substring(0, end)).strip());
  }
}
