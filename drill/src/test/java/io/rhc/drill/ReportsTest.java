package io.rhc.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportsTest {
  private final DrillReport report = new DrillReport("veza", "systemd", false, "password", List.of(
      Runs.of(Scenario.MASTER_CRASH, true, 6.5, 0, true),
      Runs.of(Scenario.GRACEFUL_STOP, true, 1.2, 2, true).withVerdict(List.of("2 acknowledged writes lost, the "
          + "objective allows 0"), java.util.Optional.empty())));

  @Test
  void textHasALinePerRunAndTheBrokenObjectives() {
    String text = report.text();
    assertTrue(text.lines().anyMatch(l -> l.startsWith("master-crash              1    6.50s") && l.endsWith(" pass")),
        text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("graceful-stop             1    1.20s") && l.endsWith(" FAIL")),
        text);
    assertTrue(text.contains("1 of 2 runs broke their objectives"), text);
    assertTrue(text.contains("graceful-stop run 1: objective broken: 2 acknowledged writes lost"), text);
    assertFalse(report.passed());
  }

  @Test
  void aPassingRunThatLostWritesSaysSoInItsResultTheSummaryAndTheJson() {
    DrillReport lossy = new DrillReport("veza", "systemd", false, "password", List.of(Objectives.judge(
        io.rhc.model.Drill.none(List.of("partition")), ObjectivesTest.replication(0),
        Runs.of(Scenario.PARTITION, true, 7.6, 104, true))));
    assertTrue(lossy.passed());
    String text = lossy.text();
    assertTrue(text.contains(" pass, 104 lost (no objective limits lost writes)\n"), text);
    assertTrue(text.contains("every run met its objectives; 1 passing run still lost acknowledged writes"), text);
    JsonNode run = JsonMapper.builder().build().readTree(JsonReport.render(lossy)).get("runs").get(0);
    assertEquals("no objective limits lost writes", run.get("lostWritesAllowance").asString());
    assertEquals(104, run.get("lostWrites").intValue());
    assertEquals(104, run.get("probes").get(0).get("lostWrites").intValue());
    assertEquals(0, run.get("splitBrain").get("writes").intValue());
  }

  @Test
  void jsonCarriesMeasurementsAndTimeline() {
    JsonNode root = JsonMapper.builder().build().readTree(JsonReport.render(report));
    assertEquals(false, root.get("passed").booleanValue());
    JsonNode crash = root.get("runs").get(0);
    assertEquals("master-crash", crash.get("scenario").asString());
    assertEquals(6.5, crash.get("unavailabilitySeconds").doubleValue());
    assertEquals(6.0, crash.get("promotionSeconds").doubleValue());
    assertEquals("+odown", crash.get("timeline").get("sentinelEvents").get(0).get("kind").asString());
    assertEquals("down", crash.get("timeline").get("roles").get("node-a.example").get(1).get("state").asString());
  }

  @Test
  void svgIsWellFormedAndShowsEveryLane() throws Exception {
    String svg = TimelineSvg.render(report);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    for (String label : List.of("writes through HAProxy", "role node-a", "HAProxy proxy-0", "+switch-master",
        "+odown", "kill -9 node-a", "master-crash run 1", "graceful-stop run 1 — FAIL")) {
      assertTrue(svg.contains(label), label);
    }
    assertTrue(svg.contains("&lt;&amp;&gt;") || !svg.contains("<&>"), "text is escaped");
  }

  @Test
  void writeLeavesTheThreeFiles(@TempDir Path dir) throws Exception {
    List<Path> written = report.write(dir);
    assertEquals(List.of("report.txt", "report.json", "timeline.svg"),
        written.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(report.text(), Files.readString(dir.resolve("report.txt")));
  }
}
