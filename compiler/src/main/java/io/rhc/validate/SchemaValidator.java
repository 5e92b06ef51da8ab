package io.rhc.validate;

import io.rhc.diag.Diagnostics;
import io.rhc.parse.ParsedDocument;

/** Stage 2: checks the tree against {@code spec.schema.json}. */
public final class SchemaValidator {
  public void validate(ParsedDocument document, Diagnostics diagnostics) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
