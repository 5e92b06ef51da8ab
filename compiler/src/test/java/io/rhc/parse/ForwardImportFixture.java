package io.rhc.parse;

import io.rhc.lint.Linter;

/** Deliberately breaks the layering (parse reaching forward into lint); only ArchitectureTest uses it. */
final class ForwardImportFixture {
  Linter linter() {
    return new Linter();
  }
}
