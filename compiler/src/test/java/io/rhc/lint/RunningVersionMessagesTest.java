package io.rhc.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.testkit.ExampleSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the version rules say when a node's image runs another version or engine than the spec declares. */
class RunningVersionMessagesTest {

  @Test
  void aValkeyReplicaIsJudgedByValkeysFormatAndEachMixedNodeIsNamedOnce() {
    ExampleSpec s = RuleCasesTest.BASE.set("spec.engine.version", "7.4.1").set("spec.engine.image", "redis:7.4.1-alpine")
        .setYaml("spec.nodes.overrides", "[{ index: 1, image: valkey/valkey:8.1.1 }, "
            + "{ index: 2, image: valkey/valkey:8.1.1 }]");
    assertEquals(List.of(
        "RHC1004 Node 1 (valkey 8.1.1) writes RDB format 11 but node 0 (redis 7.4.1) writes 12",
        "RHC1005 Node 1's image `valkey/valkey:8.1.1` runs valkey in a redis group",
        "RHC1005 Node 2's image `valkey/valkey:8.1.1` runs valkey in a redis group"), messages(s, "RHC1004", "RHC1005"));
  }

  @Test
  void aContradictingTagNamesBothVersionsAndTheFix() {
    ExampleSpec s = RuleCasesTest.BASE.set("spec.engine.version", "7.4.2").set("spec.engine.image", "redis:7.4.2-alpine")
        .setYaml("spec.nodes.overrides", "[{ index: 2, image: \"redis:8.6.2-alpine\" }]");
    Diagnostic d = only(s, "RHC1006");
    assertEquals("Image `redis:8.6.2-alpine` runs redis 8.6.2 but node 2 is declared to run 7.4.2", d.summary());
    assertEquals("Make them agree: an image of 7.4.2, or the override's `version` `\"8.6.2\"`, so the RDB format, "
        + "hostname and engine-mix checks see the version that really runs.", d.hint());
    assertEquals("RHC1004 Node 2 (redis 8.6.2) writes RDB format 13 but node 0 (redis 7.4.2) writes 12",
        messages(s, "RHC1004").get(0));
  }

  private static Diagnostic only(ExampleSpec s, String code) {
    List<Diagnostic> found = lint(s).stream().filter(d -> d.code().equals(code)).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  private static List<String> messages(ExampleSpec s, String... codes) {
    List<String> wanted = List.of(codes);
    return lint(s).stream().filter(d -> wanted.contains(d.code())).map(d -> d.code() + " " + d.summary()).sorted()
        .toList();
  }

  private static List<Diagnostic> lint(ExampleSpec s) {
    Diagnostics diagnostics = new Diagnostics();
    new Linter().lint(s.resolved(), diagnostics);
    return diagnostics.all();
  }
}
