package io.rhc.target.systemd;

import io.rhc.emit.template.Templates;

/** Renders this target's templates. */
final class Render {
  private static final String ROOT = "io/rhc/target/systemd/templates/";

  private Render() {}

  static String template(String name, Object view) {
    return Templates.instance().render(ROOT + name + ".mustache", view);
  }
}
