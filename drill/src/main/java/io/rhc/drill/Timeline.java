package io.rhc.drill;

import java.util.List;
import java.util.Map;

/**
 * What one run looked like, in seconds from the start of its write probe: every probe write,
 * each data node's role and each HAProxy's routable servers as segments, sentinel events and the
 * drill's own actions.
 */
record Timeline(double end, List<Write> writes, Map<String, List<Segment>> roles,
    Map<String, List<Segment>> routes, List<Event> events, List<Event> actions) {

  record Write(double at, boolean acked) {}

  /** A state held from {@code from} to {@code to}. */
  record Segment(double from, double to, String state) {}

  /** Something that happened at {@code at} on {@code source}. */
  record Event(double at, String source, String kind, String detail) {}

  Timeline {
    writes = List.copyOf(writes);
    roles = Map.copyOf(roles);
    routes = Map.copyOf(routes);
    events = List.copyOf(events);
    actions = List.copyOf(actions);
  }
}
