package io.rhc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuditCommandTest {
  @TempDir Path dir;

  private Path host(String name, String sentinelConf) throws Exception {
    Path host = Files.createDirectories(dir.resolve(name));
    Files.writeString(host.resolve("sentinel.conf"), sentinelConf);
    Files.writeString(host.resolve("redis.conf"), "port 6379\nprotected-mode no\nrequirepass \"Zq3x8N2vLr5Tg\"\n");
    return host;
  }

  @Test
  void findingsPointAtTheAuditedLineAndExitOneOnErrors() throws Exception {
    String conf = "sentinel monitor app-master 10.0.3.11 6379 1\n";
    CliRun run = CliRun.of("audit", host("a", conf).toString(), host("b", conf).toString());
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().contains("a/sentinel.conf:1:1: error[RHC3001]"), run.err());
    assertTrue(run.err().contains("not evaluated: RHC2005 queue-noeviction"), run.err());
  }

  @Test
  void jsonListsTheRulesThatDidNotRun() throws Exception {
    String conf = "sentinel monitor app-master 10.0.3.11 6379 1\n";
    CliRun run = CliRun.of("audit", "--format", "json", host("a", conf).toString());
    JsonNode doc = JsonMapper.builder().build().readTree(run.out());
    assertTrue(doc.get("diagnostics").size() > 0, run.out());
    assertTrue(doc.get("notEvaluated").size() > 10, run.out());
  }

  @Test
  void aFileThatIsNotADirectoryIsAUsageError() {
    assertEquals(2, CliRun.of("audit", dir.resolve("missing").toString()).code());
  }
}
