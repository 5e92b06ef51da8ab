package io.rhc.resolve;

import static io.rhc.resolve.SpecRoots.SPEC;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.ComposeSettings;
import io.rhc.model.HostRole;
import io.rhc.model.KubernetesSettings;
import io.rhc.model.Metadata;
import io.rhc.model.SystemdHost;
import io.rhc.model.SystemdSettings;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Settings read by one target each: {@code kubernetes}, {@code compose} and {@code systemd}. */
final class TargetSettingsResolver {
  private static final SpecPath SYSTEMD = SPEC.at("systemd");

  private TargetSettingsResolver() {}

  static KubernetesSettings kubernetes(SpecReader reader, Metadata metadata) {
    SpecPath at = SPEC.at("kubernetes");
    return new KubernetesSettings(reader.text(at.at("clusterDomain")), reader.text(at.at("podManagementPolicy")),
        reader.text(at.at("updateStrategy")),
        reader.duration(at.at("terminationGracePeriod")), reader.text(at.at("cpu").at("request")),
        reader.optionalText(at.at("cpu").at("limit")),
        reader.readOr(at.at("serviceName"), JsonNode::asString, metadata::name, "`metadata.name`"));
  }

  static ComposeSettings compose(SpecReader reader, Metadata metadata) {
    SpecPath at = SPEC.at("compose");
    return new ComposeSettings(
        reader.readOr(at.at("project"), JsonNode::asString, metadata::name, "`metadata.name`"),
        reader.text(at.at("network")), reader.text(at.at("restart")), reader.optionalDuration(at.at("restartDelay")),
        reader.flag(at.at("publishSentinels")),
        reader.readOr(at.at("servicePrefix"), JsonNode::asString, metadata::name, "`metadata.name`"));
  }

  /** Present only when the spec has a {@code systemd} section: the hosts cannot be defaulted. */
  static Optional<SystemdSettings> systemd(SpecReader reader, int nodeCount, int sentinelCount,
      boolean proxyEnabled, Diagnostics diagnostics) {
    if (!reader.inFile(SYSTEMD)) {
      return Optional.empty();
    }
    List<SystemdHost> hosts = new ArrayList<>();
    int count = reader.count(SYSTEMD.at("hosts"));
    for (int i = 0; i < count; i++) {
      SpecPath at = SYSTEMD.at("hosts").at(i);
      Set<HostRole> roles = EnumSet.noneOf(HostRole.class);
      reader.texts(at.at("roles")).forEach(role -> roles.add(SpecReader.enumOf(HostRole.class, role)));
      hosts.add(new SystemdHost(reader.text(at.at("name")), roles, reader.optionalInteger(at.at("node"))));
    }
    new SystemdHostCheck(hosts, nodeCount, sentinelCount, proxyEnabled, diagnostics).run();
    return Optional.of(new SystemdSettings(hosts, reader.text(SYSTEMD.at("restart")),
        reader.optionalDuration(SYSTEMD.at("restartDelay")), reader.text(SYSTEMD.at("configDir"))));
  }

  /** RHC0208: the hosts must run each data node once, the declared sentinels, and a proxy when enabled. */
  private record SystemdHostCheck(List<SystemdHost> hosts, int nodeCount, int sentinelCount, boolean proxyEnabled,
      Diagnostics diagnostics) {

    void run() {
      SpecPath list = SYSTEMD.at("hosts");
      List<String> names = new ArrayList<>();
      int[] hostOfNode = new int[nodeCount];
      Arrays.fill(hostOfNode, -1);
      for (int i = 0; i < hosts.size(); i++) {
        SystemdHost host = hosts.get(i);
        SpecPath at = list.at(i);
        if (names.contains(host.name())) {
          report(at.at("name"), "Host name `" + host.name() + "` is listed twice",
              "Give every host its own name; other hosts reach it by that name.");
        }
        names.add(host.name());
        if (host.node().isPresent() && !host.runs(HostRole.REDIS)) {
          report(at.at("node"), "Host `" + host.name() + "` has a `node` but no `redis` role",
              "Add `redis` to its roles, or remove `node`.");
        } else if (host.runs(HostRole.REDIS) && host.node().isEmpty()) {
          report(at, "Host `" + host.name() + "` runs `redis` but names no `node`",
              "Set `node` to the data node index (0 to " + (nodeCount - 1) + ") it runs.");
        } else if (host.node().isPresent()) {
          int node = host.node().getAsInt();
          if (node >= nodeCount) {
            report(at.at("node"), "Host `" + host.name() + "` runs node " + node + " but `nodes.count` is "
                + nodeCount, "Use a node index from 0 to " + (nodeCount - 1) + ".");
          } else if (hostOfNode[node] >= 0) {
            report(at.at("node"), "Node " + node + " runs on two hosts (also `" + hosts.get(hostOfNode[node]).name()
                + "`)", "Give each data node exactly one host.");
          } else {
            hostOfNode[node] = i;
          }
        }
      }
      for (int node = 0; node < nodeCount; node++) {
        if (hostOfNode[node] < 0) {
          report(list, "No host runs data node " + node,
              "Add `redis` with `node: " + node + "` to one of the hosts.");
        }
      }
      long sentinels = hosts.stream().filter(h -> h.runs(HostRole.SENTINEL)).count();
      if (sentinels != sentinelCount) {
        report(list, sentinels + " hosts run a sentinel but `sentinel.count` is " + sentinelCount,
            "Give the `sentinel` role to exactly " + sentinelCount + " hosts, or change `sentinel.count`.");
      }
      if (proxyEnabled && hosts.stream().noneMatch(h -> h.runs(HostRole.PROXY))) {
        report(list, "HAProxy is enabled but no host has the `proxy` role",
            "Add `proxy` to the roles of the hosts clients connect to, or set `proxy.enabled: false`.");
      }
    }

    private void report(SpecPath path, String summary, String hint) {
      diagnostics.add(Diagnostic.error("RHC0208", path, summary, hint));
    }
  }
}
