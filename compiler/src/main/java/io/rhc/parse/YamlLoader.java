package io.rhc.parse;

import io.rhc.diag.Diagnostics;
import io.rhc.source.SourceFile;
import java.util.Optional;

/** Stage 1: YAML text to a JSON tree with positions. */
public final class YamlLoader {
  /** Returns the document, or empty when the file is not usable YAML (diagnostics say why). */
  public Optional<ParsedDocument> load(SourceFile file, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
