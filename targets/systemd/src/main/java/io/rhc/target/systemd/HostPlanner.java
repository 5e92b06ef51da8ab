package io.rhc.target.systemd;

import io.rhc.diag.Diagnostics;
import io.rhc.emit.runtime.Peers;
import io.rhc.model.HostRole;
import io.rhc.model.Spec;
import io.rhc.model.SystemdHost;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps {@code spec.systemd.hosts} to data node and sentinel indexes and reports ports that clash on a host. The
 * resolver has checked the roles already (RHC0208: each data node on one host, as many sentinels as
 * {@code sentinel.count}, a proxy host when the proxy is on).
 */
final class HostPlanner {
  private HostPlanner() {}

  /** The plans in spec order, or empty when a port clash was reported. */
  static Optional<List<HostPlan>> plan(Spec spec, Diagnostics diagnostics) {
    List<HostPlan> plans = new ArrayList<>();
    int sentinels = 0;
    Map<String, String> clashes = new LinkedHashMap<>();
    for (SystemdHost host : spec.systemd().orElseThrow().hosts()) {
      OptionalInt sentinel = host.runs(HostRole.SENTINEL) ? OptionalInt.of(sentinels++) : OptionalInt.empty();
      OptionalInt node = host.runs(HostRole.REDIS) ? host.node() : OptionalInt.empty();
      HostPlan plan = new HostPlan(host.name(), node, sentinel, host.runs(HostRole.PROXY) && spec.proxy().enabled());
      plans.add(plan);
      checkPorts(spec, host, plan, clashes);
    }
    clashes.forEach((summary, hint) -> diagnostics.error(Codes.PORT_CLASH,
        SpecPath.parse(summary.substring(1, summary.indexOf('`', 1))), summary, hint));
    return clashes.isEmpty() ? Optional.of(List.copyOf(plans)) : Optional.empty();
  }

  /**
   * Every listener of one host needs its own port (they all bind every address); a clash is
   * collected once however many hosts share it, as summary to hint.
   */
  private static void checkPorts(Spec spec, SystemdHost host, HostPlan plan, Map<String, String> clashes) {
    Map<Integer, String> taken = new LinkedHashMap<>();
    if (plan.redis()) {
      taken.put(spec.nodes().port(), "spec.nodes.port");
    }
    if (plan.sentinel().isPresent()) {
      claim(taken, spec.sentinel().port(), "spec.sentinel.port", clashes);
    }
    if (plan.proxy()) {
      claim(taken, spec.proxy().port(), "spec.proxy.port", clashes);
      spec.proxy().readOnlyPort().ifPresent(p -> claim(taken, p, "spec.proxy.readOnlyPort", clashes));
      spec.proxy().sentinelPort().ifPresent(p -> claim(taken, p, "spec.proxy.sentinelPort", clashes));
      claim(taken, spec.proxy().statsPort(), "spec.proxy.statsPort", clashes);
    }
    // last, so a clash points at the exporter's port: prometheus.yml expects redis_exporter there
    if (plan.redis() && spec.monitoring().exporter().enabled()) {
      claim(taken, spec.monitoring().exporter().port(), "spec.monitoring.exporter.port", clashes);
    }
  }

  private static void claim(Map<Integer, String> taken, int port, String setting, Map<String, String> clashes) {
    String other = taken.putIfAbsent(port, setting);
    if (other != null) {
      clashes.putIfAbsent("`" + setting + "` and `" + other + "` are both port " + port + " on one host",
          "Give each listener on a host its own port, for example `" + setting.substring(5) + ": " + (port + 1)
              + "`.");
    }
  }

  static Peers peers(List<HostPlan> plans) {
    List<String> nodes = plans.stream().filter(HostPlan::redis)
        .sorted(Comparator.comparingInt(p -> p.node().getAsInt())).map(HostPlan::name).toList();
    List<String> sentinels = plans.stream().filter(p -> p.sentinel().isPresent()).map(HostPlan::name).toList();
    List<String> proxies = plans.stream().filter(HostPlan::proxy).map(HostPlan::name).toList();
    return new Peers(nodes, sentinels, proxies);
  }
}
