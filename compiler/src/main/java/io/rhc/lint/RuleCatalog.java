package io.rhc.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every built-in rule's metadata, in ID order; backs the linter, {@code rhc rules} and SARIF. */
public final class RuleCatalog {
  private static final RuleCatalog BUILTIN = new RuleCatalog(BuiltinRules.all());

  private final Map<String, RuleMeta> byId = new LinkedHashMap<>();

  RuleCatalog(List<LintRule> rules) {
    for (LintRule rule : rules) {
      RuleMeta meta = rule.meta();
      if (byId.putIfAbsent(meta.id(), meta) != null) {
        throw new IllegalStateException("rule ID used twice: " + meta.id());
      }
    }
  }

  public static RuleCatalog builtin() {
    return BUILTIN;
  }

  public List<RuleMeta> rules() {
    return List.copyOf(byId.values());
  }

  public Optional<RuleMeta> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The README rules table: ID, name, severity, summary; one row per rule in ID order. */
  public String markdownTable() {
    StringBuilder sb = new StringBuilder("| ID | Name | Severity | Summary |\n|---|---|---|---|\n");
    for (RuleMeta r : byId.values()) {
      sb.append("| ").append(r.id()).append(" | `").append(r.slug()).append("` | ").append(r.severity().label())
          .append(" | ").append(r.summary().replace("|", "\\|")).append(" |\n");
    }
    return sb.toString();
  }
}
