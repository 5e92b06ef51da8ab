package io.rhc.drill;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made run results for the tests that need no cluster. */
final class Runs {
  private Runs() {}

  static RunResult of(Scenario scenario, boolean promoted, double unavailability, int lost, boolean recovered) {
    return new RunResult(scenario, 1, "node-a", promoted ? "node-b" : "node-a", promoted, false, unavailability,
        promoted ? Optional.of(unavailability - 0.5) : Optional.empty(),
        List.of(new ProbeResult("via haproxy on proxy-0", true, 100, lost, Optional.empty())), SplitBrain.NONE,
        false, 1, recovered, false, List.of("a note"), List.of(), Optional.empty(), Optional.empty(), timeline());
  }

  static Timeline timeline() {
    return new Timeline(10, List.of(new Timeline.Write(0.5, true), new Timeline.Write(3.0, false),
        new Timeline.Write(7.5, true)),
        Map.of("node-a.example", List.of(new Timeline.Segment(0, 2, "master"), new Timeline.Segment(2, 10, "down")),
            "node-b.example", List.of(new Timeline.Segment(0, 7, "replica"), new Timeline.Segment(7, 10, "master"))),
        Map.of("proxy-0", List.of(new Timeline.Segment(0, 2, "node-0"), new Timeline.Segment(2, 7.5, ""),
            new Timeline.Segment(7.5, 10, "node-1"))),
        List.of(new Timeline.Event(5.1, "s0", "+odown", "master m node-a 6379 #quorum 2/2"),
            new Timeline.Event(6.9, "s0", "+switch-master", "m node-a 6379 node-b 6379")),
        List.of(new Timeline.Event(2, "node-a.example", "kill -9", "redis-server <&>")));
  }
}
