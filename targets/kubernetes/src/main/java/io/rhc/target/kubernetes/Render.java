package io.rhc.target.kubernetes;

import io.rhc.emit.template.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

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

  private static final Pattern BLANK_LINE = Pattern.compile("(?m)^[ \\t]*\\n");

  /** A script template, rendered as it is (its blank lines kept). */
  static String script(String name, Object view) {
    return Templates.instance().render(DIR + name, view);
  }

  /** A file shipped as it is (a script), read from the templates folder. */
  static String verbatim(String name) {
    try (InputStream in = Render.class.getClassLoader().getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Several YAML documents in one file. */
  static String documents(List<String> docs) {
    return String.join("---\n", docs);
  }
}
