package io.rhc.drill;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** report.json: every run's measurements, verdict and timeline. Times are seconds from the run's start. */
final class JsonReport {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonReport() {}

  static String render(DrillReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("cluster", report.cluster());
    root.put("layout", report.layout());
    root.put("tls", report.tls());
    root.put("authMode", report.authMode());
    root.put("passed", report.passed());
    ArrayNode runs = root.putArray("runs");
    for (RunResult r : report.runs()) {
      ObjectNode run = runs.addObject();
      run.put("scenario", r.scenario().id());
      run.put("run", r.run());
      run.put("passed", r.passed());
      run.put("oldMaster", r.oldMaster());
      run.put("newMaster", r.newMaster());
      run.put("promoted", r.promoted());
      run.put("promotedWithoutMajority", r.promotedWithoutMajority());
      run.put("unavailabilitySeconds", round(r.unavailability()));
      if (r.promotion().isPresent()) {
        run.put("promotionSeconds", round(r.promotion().get()));
      } else {
        run.putNull("promotionSeconds");
      }
      run.put("verdict", r.verdict());
      run.put("ackedWrites", r.acked());
      run.put("lostWrites", r.lost());
      if (r.allowance().isPresent()) {
        run.put("lostWritesAllowance", r.allowance().get());
      } else {
        run.putNull("lostWritesAllowance");
      }
      ArrayNode probes = run.putArray("probes");
      for (ProbeResult p : r.probes()) {
        ObjectNode probe = probes.addObject().put("name", p.name()).put("throughProxy", p.throughProxy())
            .put("isolatedSide", p.isolatedSide()).put("ackedWrites", p.acked()).put("lostWrites", p.lost());
        p.isolated().ifPresent(w -> probe.put("acknowledgedAfterCutSeconds", round(w.window()))
            .put("acknowledgedAfterHeal", w.afterHeal()));
      }
      run.putObject("splitBrain").put("writes", r.splitBrain().writes())
          .put("seconds", round(r.splitBrain().seconds())).put("masters", r.splitBrain().masters());
      run.put("twoServersRoutable", r.twoRoutable());
      run.put("maxMastersAtOnce", r.maxMasters());
      run.put("recovered", r.recovered());
      run.put("electionRetried", r.electionRetried());
      strings(run.putArray("notes"), r.notes());
      strings(run.putArray("violations"), r.violations());
      if (r.error().isPresent()) {
        run.put("error", r.error().get());
      }
      timeline(run.putObject("timeline"), r.timeline());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static void timeline(ObjectNode node, Timeline t) {
    node.put("endSeconds", round(t.end()));
    ArrayNode writes = node.putArray("writes");
    t.writes().forEach(w -> writes.addObject().put("at", round(w.at())).put("acked", w.acked()));
    segments(node.putObject("roles"), t.roles());
    segments(node.putObject("routes"), t.routes());
    events(node.putArray("sentinelEvents"), t.events());
    events(node.putArray("actions"), t.actions());
  }

  private static void segments(ObjectNode node, Map<String, List<Timeline.Segment>> all) {
    new java.util.TreeMap<>(all).forEach((source, segments) -> {
      ArrayNode list = node.putArray(source);
      segments.forEach(s -> list.addObject().put("from", round(s.from())).put("to", round(s.to()))
          .put("state", s.state()));
    });
  }

  private static void events(ArrayNode node, List<Timeline.Event> events) {
    events.forEach(e -> node.addObject().put("at", round(e.at())).put("source", e.source()).put("kind", e.kind())
        .put("detail", e.detail()));
  }

  private static void strings(ArrayNode node, List<String> values) {
    values.forEach(node::add);
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
