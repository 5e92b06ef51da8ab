package io.rhc.audit;

import io.rhc.path.SpecPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which lint rules an audit can run: a rule runs only when every spec value it reads is shown by the audited
 * files; the others are reported as not evaluated, with why.
 */
public final class RuleInputs {
  private static final Map<String, List<String>> READS = Map.ofEntries(
      Map.entry("RHC1001", List.of("sentinel.masterName")),
      Map.entry("RHC2010", List.of("replication.minReplicasToWrite", "nodes.count")),
      Map.entry("RHC3001", List.of("sentinel.count")),
      Map.entry("RHC3002", List.of("sentinel.count", "sentinel.quorum")),
      Map.entry("RHC3003", List.of("sentinel.resolveHostnames", "sentinel.announceHostnames")),
      Map.entry("RHC3004", List.of("sentinel.monitorAddress", "systemd.hosts")),
      Map.entry("RHC3007", List.of("sentinel.downAfter")),
      Map.entry("RHC3008", List.of("sentinel.downAfter", "sentinel.failoverTimeout")),
      Map.entry("RHC3009", List.of("sentinel.parallelSyncs", "nodes.count")),
      Map.entry("RHC4002", List.of("proxy.enabled", "proxy.check.interval", "proxy.check.fall", "proxy.check.rise",
          "proxy.timeouts.check", "proxy.shutdownSessionsOnMarkedDown")),
      Map.entry("RHC4004", List.of("auth.mode")),
      Map.entry("RHC4005", List.of("auth.mode", "auth.protectedMode", "networkPolicy.enabled")));

  private static final String IMAGES = "needs the engine image and version, which config files do not name";
  private static final String LIMIT = "needs the memory limit of the host or container, which redis.conf does not show";
  private static final String DATA = "needs the data classes (cache, queue, must-survive), which config files do not show";
  private static final String KUBERNETES = "reads Kubernetes settings; manifests are not audited yet";
  private static final String LATER = "its inputs are not reconstructed from config files yet";

  private static final Map<String, String> NOT_SHOWN = Map.ofEntries(
      Map.entry("RHC1002", "compares several clusters; one audit run is one cluster"),
      Map.entry("RHC1003", IMAGES), Map.entry("RHC1004", IMAGES), Map.entry("RHC1005", IMAGES),
      Map.entry("RHC1006", IMAGES), Map.entry("RHC3005", IMAGES),
      Map.entry("RHC2001", LIMIT), Map.entry("RHC2002", LIMIT), Map.entry("RHC2004", LIMIT),
      Map.entry("RHC2009", LIMIT), Map.entry("RHC2003", LATER),
      Map.entry("RHC2005", DATA), Map.entry("RHC2006", DATA), Map.entry("RHC2007", DATA), Map.entry("RHC2008", DATA),
      Map.entry("RHC2012", DATA), Map.entry("RHC2014", DATA), Map.entry("RHC4003", DATA),
      Map.entry("RHC2011", "needs the hosts' kernel settings (overcommit, THP), which config files do not show"),
      Map.entry("RHC2013", KUBERNETES), Map.entry("RHC3011", KUBERNETES), Map.entry("RHC3013", KUBERNETES),
      Map.entry("RHC3006", "needs how sentinel.conf is mounted (writable, lasting), which the file itself does not show"),
      Map.entry("RHC3012", "needs the hosts' failure domains, which config files do not show"),
      Map.entry("RHC3010", LATER), Map.entry("RHC4001", LATER), Map.entry("RHC4006", LATER),
      Map.entry("RHC4007", LATER), Map.entry("RHC4008", LATER));

  private RuleInputs() {}

  /** Empty when {@code ruleId} can run on what the files show, else why not. */
  public static Optional<String> whyNot(String ruleId, Set<SpecPath> shown) {
    List<String> reads = READS.get(ruleId);
    if (reads == null) {
      return Optional.of(NOT_SHOWN.getOrDefault(ruleId, LATER));
    }
    for (String path : reads) {
      if (!shown.contains(SpecTree.SPEC.resolve(path))) {
        return Optional.of("needs `" + path + "`, which the audited files do not show"
            + (path.startsWith("proxy") ? " (no haproxy.cfg)" : path.startsWith("sentinel") ? " (no sentinel.conf)"
            : path.startsWith("networkPolicy") ? " (a firewall is not in config files)" : ""));
      }
    }
    return Optional.empty();
  }
}
