package io.rhc.target.kubernetes;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * networkpolicy.yaml: every pod of the cluster starts from deny-all, then each component gets
 * exactly the flows it needs. Policies add up, so one per component keeps each readable.
 */
final class NetworkPolicies {
  static final String FILE = "networkpolicy.yaml";

  private NetworkPolicies() {}

  record Namespaces(List<String> names) {}

  record Peer(Optional<Pods.Selector> pods, Optional<Namespaces> namespaces, boolean anyNamespace,
      boolean anyAddress) {
    static Peer podsOf(Pods.Selector selector) {
      return new Peer(Optional.of(selector), Optional.empty(), false, false);
    }

    static Peer namespacesOf(List<String> names) {
      return new Peer(Optional.empty(), Optional.of(new Namespaces(names.stream().map(Yaml::str).toList())),
          false, false);
    }

    static Peer everyNamespace() {
      return new Peer(Optional.empty(), Optional.empty(), true, false);
    }

    static Peer everyAddress() {
      return new Peer(Optional.empty(), Optional.empty(), false, true);
    }
  }

  record Port(String protocol, int port) {}

  record Rule(String comment, List<Peer> peers, List<Port> ports) {}

  record View(String cluster, String name, String instance, Optional<String> component, String why,
      List<String> types, List<Rule> ingress, List<Rule> egress) {
    public boolean hasIngress() {
      return !ingress.isEmpty();
    }

    public boolean hasEgress() {
      return !egress.isEmpty();
    }
  }

  static String render(Spec spec, Names names, Diagnostics diagnostics) {
    List<String> allow = spec.networkPolicy().allowNamespaces();
    if (allow.isEmpty()) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, Codes.NO_CLIENT_NAMESPACES,
              SpecPath.parse("spec.networkPolicy.allowNamespaces"),
              "The NetworkPolicy lets no client namespace reach the cluster",
              "List the namespaces of the applications in `networkPolicy.allowNamespaces`.")
          .withDetail("Only the cluster's own pods can talk to each other."));
    }
    Context c = new Context(spec, names, allow);
    List<String> docs = new ArrayList<>();
    docs.add(doc(c, names.cluster() + "-default-deny", Optional.empty(),
        "every pod of the cluster starts with no traffic in or out", List.of("Ingress", "Egress"),
        List.of(), List.of()));
    docs.add(doc(c, names.cluster() + "-dns", Optional.empty(), "name lookups through the cluster DNS",
        List.of("Egress"), List.of(), List.of(new Rule("cluster DNS in kube-system",
            List.of(Peer.namespacesOf(List.of("kube-system"))), List.of(new Port("UDP", 53), new Port("TCP", 53))))));
    docs.add(data(c));
    if (names.dedicatedSentinels()) {
      docs.add(sentinels(c));
    }
    if (spec.proxy().enabled()) {
      docs.add(haproxy(c));
    }
    if (spec.backup().enabled()) {
      docs.add(backup(c));
    }
    return Render.documents(docs);
  }

  private record Context(Spec spec, Names names, List<String> allow) {
    Pods.Selector select(String component) {
      return Pods.Selector.of(names, component);
    }

    /** Pods that run sentinels. */
    Pods.Selector sentinelPods() {
      return select(names.dedicatedSentinels() ? Pods.COMPONENT_SENTINEL : Pods.COMPONENT_REDIS);
    }

    Port redis() {
      return new Port("TCP", spec.nodes().port());
    }

    Port sentinel() {
      return new Port("TCP", spec.sentinel().port());
    }

    boolean proxiesSentinels() {
      return spec.proxy().enabled() && spec.proxy().sentinelPort().isPresent();
    }
  }

  private static String data(Context c) {
    List<Peer> redisClients = new ArrayList<>();
    redisClients.add(Peer.podsOf(c.select(Pods.COMPONENT_REDIS)));
    if (c.names().dedicatedSentinels()) {
      redisClients.add(Peer.podsOf(c.select(Pods.COMPONENT_SENTINEL)));
    }
    if (c.spec().proxy().enabled()) {
      redisClients.add(Peer.podsOf(c.select(Pods.COMPONENT_HAPROXY)));
    }
    if (c.spec().backup().enabled()) {
      redisClients.add(Peer.podsOf(c.select(Pods.COMPONENT_BACKUP)));
    }
    List<Rule> ingress = new ArrayList<>();
    ingress.add(new Rule("replication, sentinels, HAProxy checks and backups", redisClients, List.of(c.redis())));
    if (!c.names().dedicatedSentinels()) {
      ingress.add(new Rule("the co-located sentinels: peers, init scripts and sentinel-aware clients",
          sentinelPeers(c), List.of(c.sentinel())));
    }
    if (c.spec().monitoring().exporter().enabled()) {
      ingress.add(new Rule("metrics scrapes from any namespace", List.of(Peer.everyNamespace()),
          List.of(new Port("TCP", c.spec().monitoring().exporter().port()))));
    }
    List<Rule> egress = List.of(
        new Rule("replication and init-time discovery", List.of(Peer.podsOf(c.select(Pods.COMPONENT_REDIS))),
            List.of(c.redis())),
        new Rule("sentinel queries of the init and preStop scripts", List.of(Peer.podsOf(c.sentinelPods())),
            List.of(c.sentinel())));
    return doc(c, c.names().dataSet(), Optional.of(Pods.COMPONENT_REDIS), "data nodes",
        List.of("Ingress", "Egress"), ingress, egress);
  }

  private static List<Peer> sentinelPeers(Context c) {
    List<Peer> peers = new ArrayList<>();
    peers.add(Peer.podsOf(c.select(Pods.COMPONENT_REDIS)));
    if (c.names().dedicatedSentinels()) {
      peers.add(Peer.podsOf(c.select(Pods.COMPONENT_SENTINEL)));
    }
    if (c.proxiesSentinels()) {
      peers.add(Peer.podsOf(c.select(Pods.COMPONENT_HAPROXY)));
    }
    if (!c.allow().isEmpty()) {
      peers.add(Peer.namespacesOf(c.allow()));
    }
    return peers;
  }

  private static String sentinels(Context c) {
    return doc(c, c.names().sentinelSet(), Optional.of(Pods.COMPONENT_SENTINEL), "dedicated sentinels",
        List.of("Ingress", "Egress"),
        List.of(new Rule("peers, init scripts and sentinel-aware clients", sentinelPeers(c), List.of(c.sentinel()))),
        List.of(
            new Rule("monitoring the data nodes", List.of(Peer.podsOf(c.select(Pods.COMPONENT_REDIS))),
                List.of(c.redis())),
            new Rule("peer sentinels", List.of(Peer.podsOf(c.select(Pods.COMPONENT_SENTINEL))),
                List.of(c.sentinel()))));
  }

  private static String haproxy(Context c) {
    List<Port> clientPorts = new ArrayList<>();
    clientPorts.add(new Port("TCP", c.spec().proxy().port()));
    c.spec().proxy().readOnlyPort().ifPresent(p -> clientPorts.add(new Port("TCP", p)));
    c.spec().proxy().sentinelPort().ifPresent(p -> clientPorts.add(new Port("TCP", p)));
    List<Rule> ingress = new ArrayList<>();
    if (!c.allow().isEmpty()) {
      ingress.add(new Rule("clients from the allowed namespaces", List.of(Peer.namespacesOf(c.allow())), clientPorts));
    }
    ingress.add(new Rule("stats and metrics scrapes from any namespace", List.of(Peer.everyNamespace()),
        List.of(new Port("TCP", c.spec().proxy().statsPort()))));
    List<Rule> egress = new ArrayList<>();
    egress.add(new Rule("the data nodes", List.of(Peer.podsOf(c.select(Pods.COMPONENT_REDIS))), List.of(c.redis())));
    if (c.proxiesSentinels()) {
      egress.add(new Rule("the sentinels", List.of(Peer.podsOf(c.sentinelPods())), List.of(c.sentinel())));
    }
    return doc(c, c.names().haproxy(), Optional.of(Pods.COMPONENT_HAPROXY), "HAProxy",
        List.of("Ingress", "Egress"), ingress, egress);
  }

  private static String backup(Context c) {
    List<Rule> egress = new ArrayList<>();
    egress.add(new Rule("the data nodes", List.of(Peer.podsOf(c.select(Pods.COMPONENT_REDIS))), List.of(c.redis())));
    c.spec().backup().pushgateway().ifPresent(url -> egress.add(new Rule("the Pushgateway, wherever it runs",
        List.of(Peer.everyAddress()), List.of(new Port("TCP", BackupJob.pushgatewayPort(url))))));
    return doc(c, c.names().backup(), Optional.of(Pods.COMPONENT_BACKUP), "the backup job", List.of("Egress"),
        List.of(), egress);
  }

  private static String doc(Context c, String name, Optional<String> component, String why, List<String> types,
      List<Rule> ingress, List<Rule> egress) {
    return Render.template("networkpolicy.yaml.mustache", new View(c.names().cluster(), Yaml.str(name),
        Yaml.str(c.names().cluster()), component, why, types, ingress, egress));
  }
}
