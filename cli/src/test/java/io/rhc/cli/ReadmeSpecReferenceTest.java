package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's spec reference is generated from the schema; this fails when it is stale. */
class ReadmeSpecReferenceTest {
  private static final Path README = Path.of("../README.md");
  private static final String BEGIN = "<!-- spec-reference:begin -->\n";
  private static final String END = "<!-- spec-reference:end -->";

  @Test
  void readmeReferenceMatchesTheSchema() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "README lacks the spec-reference markers");
    String expected = new SchemaReference(SchemaCommand.schemaText()).markdown();
    String actual = readme.substring(begin + BEGIN.length(), end);
    if (!expected.equals(actual) && Boolean.getBoolean("golden.update")) {
      Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + expected + readme.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, actual, "README spec reference is stale: rerun with -Dgolden.update=true and review");
  }

  @Test
  void everyLeafHasADescription() throws Exception {
    for (String row : new SchemaReference(SchemaCommand.schemaText()).markdown().split("\n")) {
      assertTrue(!row.endsWith("|  |"), "row without description: " + row);
    }
  }
}
