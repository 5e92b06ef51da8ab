package io.rhc.target.systemd;

import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.emit.runtime.Peers;
import io.rhc.model.HostRole;
import io.rhc.model.Spec;
import io.rhc.model.SystemdHost;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Maps {@code spec.systemd.hosts} to data node and sentinel indexes, reporting what does not add up. */
final class HostPlanner {
  private static final SpecPath HOSTS = SpecPath.parse("spec.systemd.hosts");

  private HostPlanner() {}

  /** The plans in spec order, or empty when an error was reported. */
  static Optional<List<HostPlan>> plan(Spec spec, Diagnostics diagnostics) {
    List<SystemdHost> hosts = spec.systemd().orElseThrow().hosts();
    int errors = diagnostics.count(Severity.ERROR);
    String[] nodeHosts = new String[spec.nodes().count()];
    Set<String> names = new HashSet<>();
    List<HostPlan> plans = new ArrayList<>();
    int sentinels = 0;
    Map<String, String> clashes = new LinkedHashMap<>();
    for (int i = 0; i < hosts.size(); i++) {
      SystemdHost host = hosts.get(i);
      SpecPath at = HOSTS.at(i);
      if (!names.add(host.name())) {
        diagnostics.error(Codes.HOST_ROLES, at.at("name"), "Host `" + host.name() + "` is listed twice",
            "Give each machine one entry and list all its roles there.");
      }
      OptionalInt node = nodeOf(spec, host, at, nodeHosts, diagnostics);
      OptionalInt sentinel = host.runs(HostRole.SENTINEL) ? OptionalInt.of(sentinels++) : OptionalInt.empty();
      HostPlan plan = new HostPlan(host.name(), node, sentinel, host.runs(HostRole.PROXY) && spec.proxy().enabled());
      plans.add(plan);
      checkPorts(spec, host, plan, clashes);
    }
    clashes.forEach((summary, hint) -> diagnostics.error(Codes.PORT_CLASH,
        SpecPath.parse(summary.substring(1, summary.indexOf('`', 1))), summary, hint));
    for (int n = 0; n < nodeHosts.length; n++) {
      if (nodeHosts[n] == null) {
        diagnostics.error(Codes.HOST_ROLES, HOSTS, "No host runs data node " + n,
            "Add `redis` to the roles of a host and set its `node: " + n + "`; `spec.nodes.count` is "
                + nodeHosts.length + ".");
      }
    }
    if (sentinels != spec.sentinel().count()) {
      diagnostics.error(Codes.HOST_ROLES, SpecPath.parse("spec.sentinel.count"),
          "`spec.sentinel.count` is " + spec.sentinel().count() + " but " + sentinels
              + " hosts have the `sentinel` role",
          "List the `sentinel` role on exactly " + spec.sentinel().count() + " hosts, or change the count.");
    }
    if (spec.proxy().enabled() && plans.stream().noneMatch(HostPlan::proxy)) {
      diagnostics.error(Codes.HOST_ROLES, HOSTS, "The proxy is enabled but no host has the `proxy` role",
          "Add `proxy` to the roles of the hosts that should run HAProxy, or set `spec.proxy.enabled: false`.");
    }
    boolean failed = diagnostics.count(Severity.ERROR) > errors;
    return failed ? Optional.empty() : Optional.of(List.copyOf(plans));
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

  private static OptionalInt nodeOf(Spec spec, SystemdHost host, SpecPath at, String[] nodeHosts,
      Diagnostics diagnostics) {
    if (!host.runs(HostRole.REDIS)) {
      if (host.node().isPresent()) {
        diagnostics.error(Codes.HOST_ROLES, at.at("node"), "Host `" + host.name() + "` sets `node` without the `redis` role",
            "Add `redis` to its roles, or remove `node`.");
      }
      return OptionalInt.empty();
    }
    if (host.node().isEmpty()) {
      diagnostics.error(Codes.HOST_ROLES, at.at("node"), "Host `" + host.name() + "` has the `redis` role but no `node`",
          "Set `node` to the index of the data node it runs (0 to " + (spec.nodes().count() - 1) + ").");
      return OptionalInt.empty();
    }
    int n = host.node().getAsInt();
    if (n >= nodeHosts.length) {
      diagnostics.error(Codes.HOST_ROLES, at.at("node"), "Host `" + host.name() + "` runs data node " + n
          + " but the cluster has " + nodeHosts.length + " nodes",
          "Use a `node` from 0 to " + (nodeHosts.length - 1) + ", or raise `spec.nodes.count`.");
      return OptionalInt.empty();
    }
    if (nodeHosts[n] != null) {
      diagnostics.error(Codes.HOST_ROLES, at.at("node"), "Data node " + n + " is placed on both `" + nodeHosts[n]
          + "` and `" + host.name() + "`", "Give every host with the `redis` role its own `node` index.");
      return OptionalInt.empty();
    }
    nodeHosts[n] = host.name();
    return OptionalInt.of(n);
  }
}
