package io.rhc.resolve;

import io.rhc.diag.Diagnostics;
import io.rhc.model.ResolvedSpec;
import io.rhc.parse.ParsedDocument;
import java.util.Optional;

/** Stage 3: a schema-valid tree to the typed model, with defaults, computed values and cross-field checks. */
public final class Resolver {
  public Optional<ResolvedSpec> resolve(ParsedDocument document, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
