package io.rhc.validate;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.parse.ParsedDocument;
import io.rhc.parse.YamlLoader;
import io.rhc.source.SourceFile;
import java.util.List;
import java.util.Optional;

/** Runs parse then validate the way the facade does: validation only for a clean parse. */
final class InputStages {
  private static final YamlLoader LOADER = new YamlLoader();
  private static final SchemaValidator VALIDATOR = new SchemaValidator();

  private InputStages() {}

  static List<Diagnostic> check(String name, String text) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<ParsedDocument> document = LOADER.load(new SourceFile(name, text), diagnostics);
    if (document.isPresent() && !diagnostics.hasErrors()) {
      VALIDATOR.validate(document.get(), diagnostics);
    }
    return diagnostics.sorted();
  }
}
