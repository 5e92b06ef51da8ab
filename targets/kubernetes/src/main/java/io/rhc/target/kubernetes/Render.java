package io.rhc.target.kubernetes;

import io.rhc.emit.template.Templates;

/** Renders this target's templates. */
final class Render {
  private static final String DIR = "io/rhc/target/kubernetes/templates/";

  private Render() {}

  /**
   * Renders a YAML template. Mustache.java keeps the line break after a partial tag, so a partial
   * leaves an empty line behind; the manifests have no block scalars, so empty lines carry nothing
   * and are dropped.
   */
  static String template(String name, Object view) {
    String out = Templates.instance().render(DIR + name, view);
    return BLANK_LINE.matcher(out).replaceAll("");
  }

  private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("(?m)^[ \\t]*\\n");

  /** A file shipped as it is (a script), read from the templates folder. */
  static String verbatim(String name) {
    try (java.io.InputStream in = Render.class.getClassLoader().getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Several YAML documents in one file. */
  static String documents(java.util.List<String> docs) {
    return String.join("---\n", docs);
  }
}
