package io.rhc.emit.runtime;

import io.rhc.model.AuthMode;
import io.rhc.model.Proxy;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** haproxy.cfg: a master-only write frontend, optional replica and sentinel frontends, stats. */
final class HaproxyConf {
  private HaproxyConf() {}

  record Server(String name, String address) {}

  record View(
      String clusterName, String timeoutConnect, String timeoutClient, String timeoutServer, String timeoutTunnel,
      String timeoutCheck, int port, boolean redisAuth, String authCommand, String defaultServer,
      List<Server> nodes, Optional<Integer> readOnlyPort, Optional<Integer> sentinelPort, boolean sentinelAuth,
      List<Server> sentinels, int statsPort) {}

  static String render(Spec spec, Peers peers) {
    Proxy proxy = spec.proxy();
    View view = new View(
        spec.name(),
        Formats.haproxyTime(proxy.timeouts().connect()),
        Formats.haproxyTime(proxy.timeouts().client()),
        Formats.haproxyTime(proxy.timeouts().server()),
        Formats.haproxyTime(proxy.timeouts().tunnel()),
        Formats.haproxyTime(proxy.timeouts().check()),
        proxy.port(),
        spec.auth().enabled(),
        spec.auth().mode() == AuthMode.ACL
            ? "AUTH " + ClusterEnv.CHECK_USER + " ${REDIS_PASSWORD}"
            : "AUTH ${REDIS_PASSWORD}",
        defaultServer(proxy),
        servers("node-", peers.nodeHosts(), spec.nodes().port()),
        proxy.readOnlyPort().isPresent() ? Optional.of(proxy.readOnlyPort().getAsInt()) : Optional.empty(),
        proxy.sentinelPort().isPresent() ? Optional.of(proxy.sentinelPort().getAsInt()) : Optional.empty(),
        spec.auth().sentinelPassword().isPresent(),
        servers("sentinel-", peers.sentinelHosts(), spec.sentinel().port()),
        proxy.statsPort());
    return Render.template("haproxy.cfg.mustache", view);
  }

  /**
   * {@code downinter 250ms}: a server marked down (a replica) is checked four times a second, so a
   * freshly promoted master is marked up well within the 2 s a graceful hand-over may take.
   */
  private static String defaultServer(Proxy proxy) {
    return "check inter " + Formats.haproxyTime(proxy.check().interval()) + " downinter 250ms"
        + " fall " + proxy.check().fall()
        + " rise " + proxy.check().rise()
        + " resolvers dns init-addr last,libc,none"
        + (proxy.shutdownSessionsOnMarkedDown() ? " on-marked-down shutdown-sessions" : "");
  }

  private static List<Server> servers(String prefix, List<String> hosts, int port) {
    List<Server> servers = new ArrayList<>();
    for (int i = 0; i < hosts.size(); i++) {
      servers.add(new Server(prefix + i, hosts.get(i) + ":" + port));
    }
    return servers;
  }
}
