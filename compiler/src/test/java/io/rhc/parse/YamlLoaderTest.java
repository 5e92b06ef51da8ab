package io.rhc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.path.SpecPath;
import io.rhc.source.SourceFile;
import io.rhc.source.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class YamlLoaderTest {
  private static JsonNode valueOf(String yamlValue) {
    Diagnostics diagnostics = new Diagnostics();
    JsonNode root = new YamlLoader().load(new SourceFile("t.yaml", "v: " + yamlValue + "\n"), diagnostics)
        .orElseThrow().root();
    assertEquals(List.of(), diagnostics.all());
    return root.get("v");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "yaml11-yes-stays-string   | yes         | \"yes\"",
      "yaml11-off-stays-string   | off         | \"off\"",
      "true-is-boolean           | true        | true",
      "capitalised-false         | False       | false",
      "quoted-true-is-string     | 'true'      | \"true\"",
      "decimal-integer           | 42          | 42",
      "leading-zero-is-decimal   | 0777        | 777",
      "yaml12-octal              | 0o17        | 15",
      "hexadecimal               | 0x1F        | 31",
      "float-keeps-its-digits    | 8.10        | 8.10",
      "tilde-is-null             | ~           | null",
      "empty-is-null             | ``          | null",
      "timestamp-stays-string    | 2001-12-14  | \"2001-12-14\"",
      "sexagesimal-stays-string  | 1:30        | \"1:30\"",
      "explicit-str-tag          | !!str 5     | \"5\"",
      "explicit-int-tag          | !!int \"5\" | 5",
      "long-integer              | 9999999999  | 9999999999",
  })
  void typesScalarsByTheYaml12CoreSchema(String name, String yaml, String json) {
    assertEquals(json, valueOf(yaml).toString());
  }

  @Test
  void lineBreakInAKeyIsReportedAtTheKey() {
    Diagnostics diagnostics = new Diagnostics();
    new YamlLoader().load(new SourceFile("t.yaml", "labels:\n  \"a\\nb\": x\n"), diagnostics);
    Diagnostic d = diagnostics.all().get(0);
    assertEquals(List.of("RHC0006", SpecPath.root().at("labels").at("a\nb"), new Span(2, 3, 2, 9)),
        List.of(d.code(), d.path(), d.span()));
    assertTrue(d.summary().startsWith("Key contains a line break"), d.summary());
  }

  @Test
  void aliasesWithinTheLimitsExpandLikeCopies() {
    Diagnostics diagnostics = new Diagnostics();
    JsonNode root = new YamlLoader().load(new SourceFile("t.yaml", "a: &x {p: 1}\nb: *x\n"), diagnostics)
        .orElseThrow().root();
    assertEquals(List.of(), diagnostics.all());
    assertEquals(root.get("a"), root.get("b"));
  }
}
