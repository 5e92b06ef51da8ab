package io.rhc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rhc.diag.Diagnostics;
import io.rhc.path.SpecPath;
import io.rhc.source.SourceFile;
import io.rhc.source.SourceMap;
import io.rhc.source.Span;
import org.junit.jupiter.api.Test;

class SourceMapPositionsTest {
  private static final String SPEC = String.join("\n",
      "spec:",
      "  persistence:",
      "    rdb:",
      "      savePoints:",
      "        - after: 900s",
      "          changes: 1",
      "        - { after: 300s, changes: 100 }",
      "  dataClasses: [cache, { name: q, kind: queue }]",
      "");

  private static SourceMap map() {
    Diagnostics diagnostics = new Diagnostics();
    SourceMap map = new YamlLoader().load(new SourceFile("t.yaml", SPEC), diagnostics).orElseThrow().sourceMap();
    assertEquals(0, diagnostics.all().size(), () -> diagnostics.all().toString());
    return map;
  }

  @Test
  void nestedSequenceItemHasTheSpanOfItsFirstKey() {
    SpecPath item = SpecPath.parse("spec.persistence.rdb.savePoints[0]");
    assertEquals(new Span(5, 11, 7, 9), map().value(item).orElseThrow());
    assertEquals(new Span(6, 20, 6, 21), map().value(item.at("changes")).orElseThrow());
  }

  @Test
  void flowMappingEntriesHaveTheirOwnKeyAndValueSpans() {
    SpecPath item = SpecPath.parse("spec.persistence.rdb.savePoints[1]");
    // SnakeYAML ends a flow mapping at its closing brace rather than one column past it.
    assertEquals(new Span(7, 11, 7, 40), map().value(item).orElseThrow());
    assertEquals(new Span(7, 26, 7, 33), map().key(item.at("changes")).orElseThrow());
    assertEquals(new Span(7, 35, 7, 38), map().value(item.at("changes")).orElseThrow());
  }

  @Test
  void keySpanAndValueSpanOfOneEntryDiffer() {
    SpecPath after = SpecPath.parse("spec.persistence.rdb.savePoints[0].after");
    assertEquals(new Span(5, 11, 5, 16), map().key(after).orElseThrow());
    assertEquals(new Span(5, 18, 5, 22), map().value(after).orElseThrow());
  }

  @Test
  void flowSequenceItemsAreIndexed() {
    assertEquals(new Span(8, 17, 8, 22), map().value(SpecPath.parse("spec.dataClasses[0]")).orElseThrow());
    assertEquals(new Span(8, 41, 8, 46), map().value(SpecPath.parse("spec.dataClasses[1].kind")).orElseThrow());
  }
}
