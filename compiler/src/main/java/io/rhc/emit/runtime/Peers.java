package io.rhc.emit.runtime;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Stable DNS names of every instance; {@code nodeHosts.get(i)} is data node {@code i}, and on
 * Kubernetes a name looks like {@code <name>-<i>.<name>-headless.<ns>.svc.<domain>}.
 */
public record Peers(List<String> nodeHosts, List<String> sentinelHosts, List<String> proxyHosts) {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");

  public Peers {
    nodeHosts = checked("nodeHosts", nodeHosts);
    sentinelHosts = checked("sentinelHosts", sentinelHosts);
    proxyHosts = checked("proxyHosts", proxyHosts);
    if (nodeHosts.isEmpty()) {
      throw new IllegalArgumentException("at least one data node host is needed");
    }
  }

  private static List<String> checked(String what, List<String> hosts) {
    for (String host : hosts) {
      if (!HOST.matcher(host).matches()) {
        throw new IllegalArgumentException(what + " holds a name that is not a host name: '" + host + "'");
      }
    }
    if (hosts.stream().distinct().count() != hosts.size()) {
      throw new IllegalArgumentException(what + " names a host twice: " + hosts);
    }
    return List.copyOf(hosts);
  }
}
