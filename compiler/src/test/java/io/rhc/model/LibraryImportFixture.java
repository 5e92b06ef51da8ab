package io.rhc.model;

import org.yaml.snakeyaml.Yaml;

/** Deliberately makes the model import a library; only ArchitectureTest uses it. */
final class LibraryImportFixture {
  Yaml yaml() {
    return new Yaml();
  }
}
