package io.rhc.lint;

import io.rhc.diag.Severity;

/**
 * A rule's metadata with its Markdown documentation.
 *
 * @param doc the rule's Markdown page, shipped in the jar
 */
public record RuleMeta(
    String id, String slug, Category category, Severity severity, String summary, String since, String doc) {

  static RuleMeta of(RuleDef def, String doc) {
    return new RuleMeta(def.id(), def.slug(), def.category(), def.severity(), def.summary(), def.since(), doc);
  }
}
