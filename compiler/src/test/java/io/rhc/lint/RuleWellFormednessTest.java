package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule is complete: metadata, a final class, a documented page, and fixtures both ways. */
class RuleWellFormednessTest {
  static Stream<LintRule> rules() {
    return BuiltinRules.all().stream();
  }

  @Test
  void thereAreAtLeastThirtyRules() {
    assertTrue(BuiltinRules.all().size() >= 30, "rules: " + BuiltinRules.all().size());
  }

  @Test
  void idsAreUniqueAndListedInOrder() {
    List<String> ids = BuiltinRules.all().stream().map(r -> r.meta().id()).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate IDs in " + ids);
    assertEquals(ids.stream().sorted().toList(), ids, "BuiltinRules must list rules in ID order");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void isWellFormed(LintRule rule) throws IOException {
    Class<?> type = rule.getClass();
    RuleMeta def = rule.meta();
    assertTrue(Modifier.isFinal(type.getModifiers()), type + " must be final");
    assertTrue(type.getSimpleName().endsWith("Rule") && type.getPackageName().equals("io.rhc.lint.rules"),
        type + " must be a *Rule in io.rhc.lint.rules");
    assertTrue(def.id().matches("RHC[1-4]\\d{3}"), def.id());
    assertEquals(def.category().digit(), def.id().charAt(3) - '0', def.id() + " is not in its category's family");
    assertTrue(def.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), "slug not kebab-case: " + def.slug());
    assertTrue(def.since().matches("\\d+\\.\\d+\\.\\d+"), "since: " + def.since());
    assertSummaryStyle(def.summary());

    String doc = RuleCatalog.builtin().find(def.id()).orElseThrow().doc();
    assertTrue(doc.startsWith("# " + def.id() + " `" + def.slug() + "`"), def.id() + " doc title");
    for (String section : List.of("## What it flags", "## Why", "## How to fix", "## How to suppress")) {
      assertTrue(doc.contains("\n" + section + "\n"), def.id() + " doc lacks " + section);
    }
    assertTrue(doc.contains("Before:") && doc.contains("After:") && doc.contains("```yaml"),
        def.id() + " needs a before/after YAML pair");
    assertTrue(doc.contains("- rule: " + def.id() + "\n        reason: "), def.id() + " doc needs an ignore with a reason");

    Path dir = RuleFixturesTest.root().resolve(def.id());
    assertTrue(Files.isDirectory(dir), "no fixtures for " + def.id());
    Set<String> kinds = new HashSet<>();
    try (Stream<Path> fixtures = Files.list(dir)) {
      fixtures.map(p -> p.getFileName().toString()).forEach(n -> kinds.add(n.startsWith("pass-") ? "pass"
          : n.startsWith("fail-") ? "fail" : n));
    }
    assertEquals(Set.of("pass", "fail"), kinds, def.id() + " needs pass-* and fail-* fixtures only");
  }

  private static void assertSummaryStyle(String summary) {
    assertFalse(summary.endsWith("."), "summary ends with a period: " + summary);
    assertFalse(summary.contains("\n"), "summary spans lines: " + summary);
    char first = summary.charAt(0);
    assertTrue(Character.isUpperCase(first) || first == '`', "summary is not sentence case: " + summary);
    assertTrue(summary.length() <= 100, "summary too long: " + summary);
  }
}
