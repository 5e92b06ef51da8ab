package io.rhc.audit;

import io.rhc.diag.Diagnostics;
import io.rhc.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The health check of the backend that lists the data nodes: {@code inter}, {@code fall}, {@code rise} and
 * {@code on-marked-down shutdown-sessions} from its {@code server} line (else {@code default-server}, else
 * HAProxy's defaults 2s / 3 / 2), and {@code timeout check} (HAProxy uses {@code inter} when it is unset).
 */
final class HaproxyChecks {
  private final HostMaterial.Haproxy file;
  private final Diagnostics problems;
  private Located interAt;
  private long interMs = 2000;
  private Located fallAt;
  private int fall = 3;
  private Located riseAt;
  private int rise = 2;
  private Located shutdownAt;
  private boolean shutdown;
  private Located timeoutAt;
  private Long timeoutMs;

  private HaproxyChecks(HostMaterial.Haproxy file, Diagnostics problems) {
    this.file = file;
    this.problems = problems;
  }

  static HaproxyChecks of(HostMaterial.Haproxy file, Diagnostics problems) {
    HaproxyChecks checks = new HaproxyChecks(file, problems);
    checks.read();
    return checks;
  }

  private void read() {
    Located start = new Located(file.file(), Span.at(1, 1));
    interAt = fallAt = riseAt = shutdownAt = timeoutAt = start;
    List<HaproxySection> defaults = file.sections().stream().filter(s -> s.kind().equals("defaults")).toList();
    Optional<HaproxySection> backend = file.sections().stream()
        .filter(s -> s.kind().equals("backend") || s.kind().equals("listen"))
        .filter(s -> !s.all("server").isEmpty()).findFirst();
    List<HaproxyLine> settings = new ArrayList<>();
    defaults.forEach(d -> settings.addAll(d.all("default-server")));
    defaults.forEach(d -> d.find("timeout", "check").ifPresent(l -> timeout(l)));
    backend.ifPresent(b -> {
      shutdownAt = interAt = fallAt = riseAt = Located.of(b.all("server").get(0).words().get(0), file.file());
      settings.addAll(b.all("default-server"));
      settings.add(b.all("server").get(0));
      b.find("timeout", "check").ifPresent(this::timeout);
    });
    settings.forEach(this::server);
  }

  private void timeout(HaproxyLine line) {
    if (line.words().size() >= 3) {
      ConfigToken value = line.words().get(2);
      timeoutMs = millis(value);
      timeoutAt = Located.of(value, file.file());
    }
  }

  private void server(HaproxyLine line) {
    List<ConfigToken> w = line.words();
    for (int i = 1; i + 1 < w.size(); i++) {
      ConfigToken value = w.get(i + 1);
      switch (w.get(i).text()) {
        case "inter" -> { Long ms = millis(value); if (ms != null) { interMs = ms; interAt = Located.of(value, file.file()); } }
        case "fall" -> { Integer n = count(value); if (n != null) { fall = n; fallAt = Located.of(value, file.file()); } }
        case "rise" -> { Integer n = count(value); if (n != null) { rise = n; riseAt = Located.of(value, file.file()); } }
        case "on-marked-down" -> {
          shutdown = value.text().equals("shutdown-sessions");
          shutdownAt = Located.of(w.get(i), file.file());
        }
        default -> { }
      }
    }
  }

  /**
   * The client port: the {@code bind} of the first frontend (or listen section); a frontend named for Sentinel
   * gives the sentinel port.
   */
  private void ports(SpecTree tree) {
    boolean client = false;
    for (HaproxySection section : file.sections()) {
      if (!section.kind().equals("frontend") && !section.kind().equals("listen")) {
        continue;
      }
      Optional<ConfigToken> port = section.all("bind").stream().filter(l -> l.words().size() > 1)
          .map(l -> l.words().get(1)).filter(w -> w.text().matches(".*:[0-9]{1,5}")).findFirst();
      boolean sentinel = section.name().contains("sentinel");
      if (port.isPresent() && (sentinel || !client)) {
        String text = port.get().text();
        tree.shown(sentinel ? "proxy.sentinelPort" : "proxy.port",
            SpecTree.number(Integer.parseInt(text.substring(text.lastIndexOf(':') + 1))), Located.of(port.get(),
                file.file()));
        client |= !sentinel;
      }
    }
  }

  void apply(SpecTree tree) {
    ports(tree);
    tree.shown("proxy.check.interval", SpecTree.text(interMs + "ms"), interAt);
    tree.shown("proxy.check.fall", SpecTree.number(fall), fallAt);
    tree.shown("proxy.check.rise", SpecTree.number(rise), riseAt);
    tree.shown("proxy.timeouts.check", SpecTree.text((timeoutMs == null ? interMs : timeoutMs) + "ms"),
        timeoutMs == null ? interAt : timeoutAt);
    tree.shown("proxy.shutdownSessionsOnMarkedDown", SpecTree.bool(shutdown), shutdownAt);
  }

  /** An HAProxy time: digits and an optional unit {@code us ms s m h d}; no unit means milliseconds. */
  private Long millis(ConfigToken token) {
    String t = token.text();
    int digits = 0;
    while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
      digits++;
    }
    long factor = switch (t.substring(digits)) {
      case "", "ms" -> 1;
      case "s" -> 1000;
      case "m" -> 60_000;
      case "h" -> 3_600_000;
      case "d" -> 86_400_000;
      default -> -1;
    };
    if (digits == 0 || digits > 9 || factor < 0) {
      unreadable(token, "not an HAProxy time");
      return null;
    }
    return Long.parseLong(t.substring(0, digits)) * factor;
  }

  private Integer count(ConfigToken token) {
    try {
      return Integer.parseInt(token.text());
    } catch (NumberFormatException e) {
      unreadable(token, "not a whole number");
      return null;
    }
  }

  private void unreadable(ConfigToken token, String what) {
    problems.add(RedisConfigTokenizer.problem(AuditCodes.UNREADABLE_VALUE, file.file(), token.line(), token.column(),
        "`" + token.text() + "` is " + what, "Write it as HAProxy documents it (`2s`, `500ms`, `3`)."));
  }
}
