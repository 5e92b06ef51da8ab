package io.rhc.emit;

import io.rhc.diag.Diagnostics;

/** What a target gets besides the spec. */
public record EmitContext(Diagnostics diagnostics) {}
