package io.rhc.emit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rhc.engine.ConfigDirectives;
import io.rhc.engine.EngineLine;
import io.rhc.model.EngineType;
import io.rhc.model.EngineVersion;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The directive table rhc checks {@code engine.config} against lists exactly what the installed redis-server
 * reports in {@code CONFIG GET *} (aliases included), beside the four directives its config parser reads itself.
 */
class DirectiveTableLiveTest {
  private static final Set<String> PARSED_OUTSIDE_THE_TABLE = Set.of("include", "loadmodule", "rename-command", "user");

  @Test
  void tableOfTheInstalledLineMatchesTheRunningServer() throws Exception {
    EngineVersion installed = EngineVersion.parse(Programs.redisVersion());
    EngineLine line = EngineLine.of(EngineType.REDIS, installed);
    assertTrue(line.exactFor(installed), "the table has no release line for " + installed);
    try (LoopbackCluster c = new LoopbackCluster("homelab-k8s")) {
      assertEquals(0, c.init("redis", 0, java.util.Map.of()).exit());
      c.startRedis(0);
      Set<String> reported = new TreeSet<>();
      String[] lines = c.node(0, "CONFIG", "GET", "*").split("\n");
      for (int i = 0; i < lines.length; i += 2) {
        reported.add(lines[i]);
      }
      Set<String> table = new TreeSet<>(ConfigDirectives.namesIn(line));
      table.removeAll(PARSED_OUTSIDE_THE_TABLE);
      assertEquals(table, reported);
    }
  }
}
