package io.rhc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.lint.RuleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's rules table is generated from the rule metadata; this fails when it is stale. */
class ReadmeRulesTableTest {
  private static final Path README = Path.of("../README.md");
  private static final String BEGIN = "<!-- rules:begin -->\n";
  private static final String END = "<!-- rules:end -->";

  @Test
  void readmeRulesTableMatchesTheCatalog() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "README lacks the rules:begin / rules:end markers");
    String expected = RuleCatalog.builtin().markdownTable();
    String actual = readme.substring(begin + BEGIN.length(), end);
    if (!expected.equals(actual) && Boolean.getBoolean("golden.update")) {
      Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + expected + readme.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, actual, "README rules table is stale: rerun with -Dgolden.update=true and review");
  }
}
