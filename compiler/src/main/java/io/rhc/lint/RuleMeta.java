package io.rhc.lint;

import io.rhc.diag.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rule's metadata; its Markdown documentation is read from the jar when asked for.
 *
 * @param id {@code RHCnnnn}, stable: a removed rule's ID is never given to another; the first digit is the
 *     {@link Category}
 * @param slug kebab-case name, e.g. {@code sentinel-odd-count}
 * @param severity severity of a finding unless the rule reports a different tier
 * @param summary one line, sentence case, no trailing period
 * @param since the rhc version that introduced the rule
 */
public record RuleMeta(String id, String slug, Category category, Severity severity, String summary, String since) {
  /** The rule's Markdown page, shipped in the jar as {@code io/rhc/lint/rules/<id>.md}. */
  public String doc() {
    String resource = "/io/rhc/lint/rules/" + id + ".md";
    try (InputStream in = RuleMeta.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing rule doc " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
