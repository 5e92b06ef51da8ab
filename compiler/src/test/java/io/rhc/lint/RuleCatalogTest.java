package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.diag.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
  @Test
  void listsEveryBuiltinRuleInIdOrderWithItsDoc() {
    List<RuleMeta> rules = RuleCatalog.builtin().rules();
    assertEquals(BuiltinRules.all().size(), rules.size());
    RuleMeta quorum = RuleCatalog.builtin().find("RHC3002").orElseThrow();
    assertEquals("sentinel-quorum-majority", quorum.slug());
    assertEquals(Severity.ERROR, quorum.severity());
    assertTrue(quorum.doc().contains("## How to suppress"));
    assertTrue(RuleCatalog.builtin().find("RHC9999").isEmpty());
  }

  @Test
  void markdownTableHasOneRowPerRule() {
    List<String> lines = RuleCatalog.builtin().markdownTable().lines().toList();
    assertEquals("| ID | Name | Severity | Summary |", lines.get(0));
    assertEquals(BuiltinRules.all().size() + 2, lines.size());
    assertEquals("| RHC1001 | `master-name-not-default` | warning | Sentinel master group name is not the generic"
        + " `mymaster` |", lines.get(2));
  }
}
