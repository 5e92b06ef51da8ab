package io.rhc.emit.runtime;

import io.rhc.emit.template.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Templates and verbatim files under {@code io/rhc/emit/runtime/}. */
final class Render {
  private static final String ROOT = "io/rhc/emit/runtime/";

  private Render() {}

  static String template(String name, Object view) {
    return Templates.instance().render(ROOT + name, view);
  }

  static String verbatim(String name) {
    try (InputStream in = Render.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("runtime resource missing from the class path: " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
