package io.rhc.drill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * timeline.svg: one panel per run with a lane for the probe's writes (green acknowledged, red
 * failed), one per data node's role, one per HAProxy's routable write servers, the sentinels'
 * failover events and the drill's actions as dashed lines. Plain SVG, no script, no fonts to load.
 */
final class TimelineSvg {
  private static final int WIDTH = 1000;
  private static final int LEFT = 230;
  private static final int PLOT = WIDTH - LEFT - 30;
  private static final int LANE = 16;
  private static final Set<String> SHOWN = Set.of("+sdown", "+odown", "+try-failover", "+elected-leader",
      "+promoted-slave", "+switch-master", "+failover-end", "-odown", "+convert-to-slave", "+reboot");

  private TimelineSvg() {}

  static String render(DrillReport report) {
    StringBuilder body = new StringBuilder();
    int y = 56;
    for (RunResult r : report.runs()) {
      y = panel(body, r, y) + 24;
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, y, WIDTH, y));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, y));
    svg.append(text(10, 18, "rhc drill of " + report.cluster() + " (" + report.layout() + " host layout)",
        "font-size=\"14\" font-weight=\"bold\""));
    legend(svg, 10, 38);
    svg.append(body).append("</svg>\n");
    return svg.toString();
  }

  private static void legend(StringBuilder svg, int x, int y) {
    Map<String, String> items = new LinkedHashMap<>();
    items.put("#2ca02c", "write acknowledged");
    items.put("#d62728", "write failed / node down / nothing routable");
    items.put("#1f77b4", "master");
    items.put("#aec7e8", "replica");
    items.put("#ff7f0e", "two servers routable");
    for (Map.Entry<String, String> e : items.entrySet()) {
      svg.append(rect(x, y - 9, 10, 10, e.getKey()));
      svg.append(text(x + 14, y, e.getValue(), ""));
      x += 24 + e.getValue().length() * 6;
    }
    svg.append(text(x, y, "┆ drill action   │ sentinel event", "fill=\"#555555\""));
  }

  private static int panel(StringBuilder svg, RunResult r, int top) {
    Timeline t = r.timeline();
    double end = Math.max(1, t.end());
    String verdict = r.verdict();
    svg.append(text(10, top, String.format(Locale.ROOT, "%s run %d — %s: unavailable %.2f s, %d of %d acknowledged "
        + "writes lost, %s", r.scenario().id(), r.run(), verdict, r.unavailability(), r.lost(), r.acked(),
        r.oldMaster() + " → " + (r.newMaster().isEmpty() ? "?" : r.newMaster())), "font-weight=\"bold\""));
    int y = top + 10;
    int eventsTop = y;
    y += 3 * 12;
    int lanesTop = y;
    svg.append(text(10, y + 11, "writes through HAProxy", ""));
    for (Timeline.Write w : t.writes()) {
      svg.append(rect(x(w.at(), end), y + 1, 1.5, LANE - 4, w.acked() ? "#2ca02c" : "#d62728"));
    }
    y += LANE + 2;
    for (Map.Entry<String, List<Timeline.Segment>> node : new java.util.TreeMap<>(t.roles()).entrySet()) {
      svg.append(text(10, y + 11, "role " + shorten(node.getKey()), ""));
      for (Timeline.Segment s : node.getValue()) {
        segment(svg, s, end, y, roleColour(s.state()), s.state());
      }
      y += LANE + 2;
    }
    for (Map.Entry<String, List<Timeline.Segment>> proxy : new java.util.TreeMap<>(t.routes()).entrySet()) {
      svg.append(text(10, y + 11, "HAProxy " + shorten(proxy.getKey()), ""));
      for (Timeline.Segment s : proxy.getValue()) {
        String colour = s.state().isEmpty() ? "#d62728" : s.state().contains(",") ? "#ff7f0e" : "#98df8a";
        segment(svg, s, end, y, colour, s.state().isEmpty() ? "none" : s.state());
      }
      y += LANE + 2;
    }
    int bottom = y;
    Map<String, Timeline.Event> first = new LinkedHashMap<>();
    t.events().stream().filter(e -> SHOWN.contains(e.kind())).forEach(e -> first.putIfAbsent(e.kind(), e));
    int row = 0;
    for (Timeline.Event e : first.values()) {
      double ex = x(e.at(), end);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#7f7f7f\"/>%n",
          ex, eventsTop + row * 12 + 2, ex, bottom));
      svg.append(text(ex + 2, eventsTop + row * 12 + 10, e.kind(), "fill=\"#555555\""));
      row = (row + 1) % 3;
    }
    for (Timeline.Event a : t.actions()) {
      double ax = x(a.at(), end);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000000\" "
          + "stroke-dasharray=\"3,2\"/>%n", ax, lanesTop - 2, ax, bottom));
      svg.append(text(ax + 2, bottom + 11, a.kind() + " " + shorten(a.source()), ""));
    }
    y = bottom + 16;
    axis(svg, end, y);
    return y + 14;
  }

  private static void axis(StringBuilder svg, double end, int y) {
    svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000000\"/>%n",
        LEFT, y, LEFT + PLOT, y));
    int step = end <= 15 ? 1 : end <= 40 ? 5 : end <= 120 ? 10 : 30;
    for (int s = 0; s <= end; s += step) {
      double tx = x(s, end);
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#000000\"/>%n",
          tx, y, tx, y + 4));
      svg.append(text(tx - 4, y + 14, s + "s", "font-size=\"9\""));
    }
  }

  private static void segment(StringBuilder svg, Timeline.Segment s, double end, int y, String colour, String label) {
    double from = x(s.from(), end);
    double width = Math.max(0.5, x(s.to(), end) - from);
    svg.append(rect(from, y, width, LANE - 2, colour));
    if (width > label.length() * 6 + 4) {
      svg.append(text(from + 3, y + 11, label, "font-size=\"10\""));
    }
  }

  private static String roleColour(String role) {
    return switch (role) {
      case "master" -> "#1f77b4";
      case "replica" -> "#aec7e8";
      case "down" -> "#d62728";
      default -> "#c7c7c7";
    };
  }

  /** Host names up to their first dot: Kubernetes pod DNS names are long. */
  private static String shorten(String host) {
    int dot = host.indexOf('.');
    return dot > 0 && !host.matches("[0-9.]+") ? host.substring(0, dot) : host;
  }

  private static double x(double seconds, double end) {
    return LEFT + Math.max(0, Math.min(seconds, end)) / end * PLOT;
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
        x, y, w, h, fill);
  }

  private static String text(double x, double y, String s, String attributes) {
    return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" %s>%s</text>%n", x, y, attributes, escape(s));
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
