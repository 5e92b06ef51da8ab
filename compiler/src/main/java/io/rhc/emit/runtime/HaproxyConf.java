package io.rhc.emit.runtime;

import io.rhc.model.AuthMode;
import io.rhc.model.Proxy;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * haproxy.cfg: a write frontend that routes to the one node answering {@code role:master} which a
 * sentinel majority names as master (the split-brain guard), optional replica and sentinel
 * frontends, stats.
 */
final class HaproxyConf {
  private HaproxyConf() {}

  record Server(String name, String address) {}

  /** Data node {@code i}: its own backend, and the backend of sentinels asked whether it is the master. */
  record Node(String name, String acl, String address, String backend, String agreeBackend, String agreeReply,
      int agreeReplyLength, String route) {}

  record View(
      String clusterName, String timeoutConnect, String timeoutClient, String timeoutServer, String timeoutTunnel,
      String timeoutCheck, int port, boolean redisAuth, String authCommand, String defaultServer,
      boolean guarded, int agreement, int sentinelCount, String masterName, String agreeServer,
      List<Node> nodes, Optional<Integer> readOnlyPort, Optional<Integer> sentinelPort, boolean sentinelAuth,
      String sentinelAuthCommand, List<Server> sentinels, int statsPort, boolean tls) {}

  /**
   * The user a check names. With a password, the two-argument {@code AUTH default <password>} (Redis 6+): a
   * server that has no password yet accepts it too, so new checks can go first when a rollout turns auth on.
   */
  private static String checkUser(Spec spec) {
    if (spec.auth().mode() == AuthMode.ACL) {
      return ClusterEnv.CHECK_USER + " ";
    }
    return namedAuth(spec) ? "default " : "";
  }

  private static boolean namedAuth(Spec spec) {
    return spec.nodes().list().stream().allMatch(n -> n.version().major() >= 6)
        && spec.sentinel().version().major() >= 6;
  }

  static String render(Spec spec, Peers peers, Optional<String> caFile) {
    Proxy proxy = spec.proxy();
    boolean guarded = guarded(spec);
    int agreement = spec.sentinel().majority();
    List<Node> nodes = nodes(spec, peers, guarded, agreement);
    View view = new View(
        spec.name(),
        Formats.haproxyTime(proxy.timeouts().connect()),
        Formats.haproxyTime(proxy.timeouts().client()),
        Formats.haproxyTime(proxy.timeouts().server()),
        Formats.haproxyTime(proxy.timeouts().tunnel()),
        Formats.haproxyTime(proxy.timeouts().check()),
        proxy.port(),
        spec.auth().enabled(),
        "AUTH " + checkUser(spec) + "${REDIS_PASSWORD}",
        defaultServer(proxy) + tlsCheck(caFile),
        guarded,
        agreement,
        spec.sentinel().count(),
        spec.sentinel().masterName(),
        agreeServer() + tlsCheck(caFile),
        nodes,
        proxy.readOnlyPort().isPresent() ? Optional.of(proxy.readOnlyPort().getAsInt()) : Optional.empty(),
        proxy.sentinelPort().isPresent() ? Optional.of(proxy.sentinelPort().getAsInt()) : Optional.empty(),
        spec.auth().sentinelPassword().isPresent(),
        "AUTH " + (namedAuth(spec) ? "default " : "") + "${SENTINEL_PASSWORD}",
        servers("sentinel-", peers.sentinelHosts(), spec.sentinel().port()),
        proxy.statsPort(),
        caFile.isPresent());
    return Render.template("haproxy.cfg.mustache", view);
  }

  /**
   * The guard needs sentinels that name masters by host name: with {@code announce-hostnames no} they
   * answer with IP addresses no static check can expect.
   */
  private static boolean guarded(Spec spec) {
    return spec.sentinel().hostnameMode();
  }

  /**
   * Node {@code i} is routable while its own check passes and, with the guard, at least {@code agreement}
   * sentinels name it and no other node has that many votes. Check results are up to one interval old,
   * so during a switch a sentinel's old and new answer can both still count; refusing both nodes then
   * keeps a hand-over from ever routing to two masters.
   */
  private static List<Node> nodes(Spec spec, Peers peers, boolean guarded, int agreement) {
    String port = Integer.toString(spec.nodes().port());
    int count = peers.nodeHosts().size();
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String host = peers.nodeHosts().get(i);
      StringBuilder route = new StringBuilder("node_" + i + "_up");
      if (guarded) {
        route.append(" node_").append(i).append("_named");
        for (int j = 0; j < count; j++) {
          if (j != i) {
            route.append(" !node_").append(j).append("_named");
          }
        }
      }
      String reply = "*2\r\n$" + host.length() + "\r\n" + host + "\r\n$" + port.length() + "\r\n" + port + "\r\n";
      nodes.add(new Node("node-" + i, "node_" + i, host + ":" + port, "redis_node_" + i, "redis_agree_node_" + i,
          escaped(reply), reply.length(), route.toString()));
    }
    return nodes;
  }

  /**
   * The RESP reply naming {@code host:port}, written for an unquoted HAProxy word ({@code $} is literal
   * outside double quotes). Matching it once that many bytes arrived decides at once, and the length
   * prefixes keep {@code node-1} from matching {@code node-10}.
   */
  private static String escaped(String reply) {
    return reply.replace("\r", "\\r").replace("\n", "\\n");
  }

  /**
   * Sentinel answers are authoritative, so one answer moves a vote ({@code rise 1 fall 1}); asking every
   * 100 ms keeps the guard from adding more than a tenth of a second to a failover.
   */
  private static String agreeServer() {
    return "check inter 100ms fall 1 rise 1 resolvers dns init-addr last,libc,none";
  }

  /**
   * {@code downinter 100ms fastinter 100ms}: a server marked down (a replica) is checked ten times a
   * second and confirmed as fast, so a freshly promoted master takes writes within the 2 s a graceful
   * hand-over may take (the drill measured 250 ms checks overrunning it in 2 of 10 runs on 2 cores). Fast
   * confirmation is safe only because the sentinel-majority guard, not this check, decides which of two
   * self-declared masters is routable.
   */
  private static String defaultServer(Proxy proxy) {
    return "check inter " + Formats.haproxyTime(proxy.check().interval()) + " fastinter 100ms downinter 100ms"
        + " fall " + proxy.check().fall()
        + " rise " + proxy.check().rise()
        + " resolvers dns init-addr last,libc,none"
        + (proxy.shutdownSessionsOnMarkedDown() ? " on-marked-down shutdown-sessions" : "");
  }

  /**
   * With TLS the checks connect with TLS ({@code tcp-check connect ssl}) and verify each server against the CA;
   * client traffic passes through untouched (TLS from the client to the node), so HAProxy holds no key.
   */
  private static String tlsCheck(Optional<String> caFile) {
    return caFile.map(ca -> " verify required ca-file " + ca).orElse("");
  }

  private static List<Server> servers(String prefix, List<String> hosts, int port) {
    List<Server> servers = new ArrayList<>();
    for (int i = 0; i < hosts.size(); i++) {
      servers.add(new Server(prefix + i, hosts.get(i) + ":" + port));
    }
    return servers;
  }
}
