package io.rhc.rollout;

import static io.rhc.rollout.ChangeKind.FILES;
import static io.rhc.rollout.ChangeKind.GUIDED;
import static io.rhc.rollout.ChangeKind.LIVE;
import static io.rhc.rollout.ChangeKind.PROXY_RELOAD;
import static io.rhc.rollout.ChangeKind.REFUSED;
import static io.rhc.rollout.ChangeKind.ROLLING;
import static io.rhc.rollout.ChangeKind.TOPOLOGY;

import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for each changed setting, what applying it to a running cluster takes. Every path of the resolved
 * spec has a rule ({@code RolloutPlannerTest} walks them all); the first matching rule wins.
 */
final class Classifier {
  private static final String NEW_CLUSTER = "Deploy the new spec as a second cluster beside the running one, let"
      + " its master replicate from the old master (REPLICAOF), move the clients, then retire the old cluster.";

  private static final String ACL_USERS = "rhc-init.sh acl-apply on every data node redefines each ACL user with"
      + " one ACL SETUSER from the new files: connected clients stay logged in, a user the spec dropped is deleted."
      + " A password rotation takes three rollouts: add the new password (`passwords: [old, new]`), move every"
      + " client to it, then drop the old one";

  private static final List<Rule> RULES = List.of(
      Rule.of("metadata.name", REFUSED, "The cluster name is in every object, host name, volume and the sentinel"
          + " state; renaming it is a new cluster. " + NEW_CLUSTER),
      Rule.of("metadata.namespace", REFUSED, "Sentinels announce host names that contain the namespace; moving it"
          + " is a new cluster. " + NEW_CLUSTER),
      Rule.of("metadata.labels.*", ROLLING, "Labels are on the pod templates: Kubernetes restarts the pods."),
      Rule.of("spec.nodes.list[].replicaPriority", ChangeKind.LIVE, "CONFIG SET replica-priority on that node, the"
          + " value its entry in spec.nodes.list gives"),
      Rule.of("spec.nodes.port", REFUSED, "Replicas, sentinels and proxies know every node by host and port; a"
          + " rolling port change leaves replicas pointing at ports nobody listens on. Change it in a maintenance"
          + " window (stop every process, install, start), or as a new cluster. " + NEW_CLUSTER),
      Rule.of("spec.sentinel.placement", TOPOLOGY, "Sentinels move between the data nodes' hosts and their own:"
          + " start the new ones, then stop the old ones, SENTINEL RESET on each survivor."),
      Rule.sentinelSet("spec.sentinel.quorum", s -> "quorum " + s.sentinel().quorum()),
      Rule.of("spec.sentinel.masterName", REFUSED, "Every client, replica script and proxy check names the"
          + " master group; sentinels cannot rename it. SENTINEL REMOVE the old name and SENTINEL MONITOR the"
          + " new one on every sentinel in a window without failovers, with the clients switched at the same"
          + " time."),
      Rule.of("spec.sentinel.port", ROLLING, "Sentinels restart one at a time on the new port; peers learn it"
          + " from their hello messages. Clients that ask sentinels must be given the new port."),
      Rule.of("spec.sentinel.image", ROLLING, "Sentinels restart one at a time, each waiting until every peer"
          + " lists it again."),
      Rule.of("spec.sentinel.version", ROLLING, "Sentinels restart one at a time on the new version."),
      Rule.sentinelSet("spec.sentinel.downAfter", s -> "down-after-milliseconds "
          + Directives.millis(s.sentinel().downAfter())),
      Rule.sentinelSet("spec.sentinel.failoverTimeout", s -> "failover-timeout "
          + Directives.millis(s.sentinel().failoverTimeout())),
      Rule.sentinelSet("spec.sentinel.parallelSyncs", s -> "parallel-syncs " + s.sentinel().parallelSyncs()),
      Rule.sentinelSet("spec.sentinel.masterRebootDownAfter", s -> "master-reboot-down-after-period "
          + Directives.millis(s.sentinel().masterRebootDownAfter())),
      Rule.sentinelConfig("spec.sentinel.resolveHostnames", s -> "resolve-hostnames "
          + Directives.yesNo(s.sentinel().resolveHostnames()), ""),
      Rule.sentinelConfig("spec.sentinel.announceHostnames", s -> "announce-hostnames "
          + Directives.yesNo(s.sentinel().announceHostnames()), "then SENTINEL RESET on each in turn so no replica"
          + " stays listed under its other name"),
      Rule.of("spec.sentinel.monitorAddress", GUIDED, "The monitored address changes: SENTINEL REMOVE and"
          + " SENTINEL MONITOR on every sentinel in a window without failovers."),
      Rule.of("spec.proxy.enabled", GUIDED, "Clients connect to HAProxy or to the master directly: start (or keep)"
          + " the proxies, move every client, then stop what is no longer used."),
      Rule.of("spec.proxy.image", ROLLING, "Proxies restart one at a time; clients on a restarting proxy reconnect"
          + " through another."),
      Rule.of("spec.proxy.replicas", TOPOLOGY, "Proxies are added or removed; no data node is touched."),
      Rule.of("spec.proxy.minAvailable", FILES, "Only the disruption budget changes."),
      Rule.of("spec.proxy.port", GUIDED, "Clients must move to the new port: proxies restart one at a time, and"
          + " every client is reconfigured."),
      Rule.of("spec.proxy.readOnlyPort", GUIDED, "Readers must move to the new port."),
      Rule.of("spec.proxy.sentinelPort", GUIDED, "Sentinel-aware clients must move to the new port."),
      Rule.of("spec.proxy.statsPort", PROXY_RELOAD, "The stats and metrics port moves; update the scrape config."),
      Rule.of("spec.proxy.check.*", PROXY_RELOAD, "HAProxy reloads with the new check timing."),
      Rule.of("spec.proxy.timeouts.*", PROXY_RELOAD, "HAProxy reloads with the new timeouts; open connections"
          + " keep the old ones until they close."),
      Rule.of("spec.proxy.shutdownSessionsOnMarkedDown", PROXY_RELOAD, "HAProxy reloads."),
      Rule.configSet("spec.memory.maxmemory", Live.Scope.NODES, s -> "maxmemory " + s.memory().maxmemory().redis(),
          "first check that the master's used_memory is below it: a lower maxmemory under noeviction refuses"
          + " writes at once"),
      Rule.configSet("spec.memory.policy", s -> "maxmemory-policy " + s.memory().policy().id()),
      Rule.of("spec.memory.limit", ROLLING, "The container or unit memory limit changes; processes restart with"
          + " it."),
      Rule.of("spec.memory.request", ROLLING, "The pod's memory request changes; pods restart."),
      Rule.of("spec.memory.sentinelLimit", ROLLING, "Sentinels restart with the new limit, one at a time."),
      Rule.of("spec.memory.dataset", FILES, "An input of the derived sizes; their own changes are listed."),
      Rule.of("spec.memory.writeHeavy", FILES, "An input of the derived sizes; their own changes are listed."),
      Rule.configSet("spec.replication.backlogSize", s -> "repl-backlog-size "
          + s.replication().backlogSize().redis()),
      Rule.configSet("spec.replication.replicaOutputBuffer.*", s -> "client-output-buffer-limit "
          + Directives.outputBuffer(s.replication().replicaOutputBuffer())),
      Rule.configSet("spec.replication.minReplicasToWrite", s -> "min-replicas-to-write "
          + s.replication().minReplicasToWrite()),
      Rule.configSet("spec.replication.minReplicasMaxLag", s -> "min-replicas-max-lag "
          + Directives.ceilSeconds(s.replication().minReplicasMaxLag())),
      Rule.configSet("spec.replication.disklessSync", s -> "repl-diskless-sync "
          + Directives.yesNo(s.replication().disklessSync())),
      Rule.configSet("spec.persistence.rdb.*", Live.Scope.MASTER, s -> "save "
          + Directives.save(s.persistence().rdb()), ""),
      Rule.configSet("spec.persistence.aof.enabled", Live.Scope.MASTER, s -> "appendonly "
          + Directives.yesNo(s.persistence().aof().enabled()), "turning it on starts an AOF rewrite: wait until"
          + " aof_rewrite_in_progress:0"),
      Rule.configSet("spec.persistence.aof.fsync", Live.Scope.MASTER, s -> "appendfsync "
          + s.persistence().aof().fsync().id(), ""),
      Rule.configSet("spec.persistence.aof.rewritePercentage", Live.Scope.MASTER, s -> "auto-aof-rewrite-percentage "
          + s.persistence().aof().rewritePercentage(), ""),
      Rule.configSet("spec.persistence.aof.rewriteMinSize", Live.Scope.MASTER, s -> "auto-aof-rewrite-min-size "
          + s.persistence().aof().rewriteMinSize().redis(), ""),
      Rule.configSet("spec.persistence.replicas.rdb.*", Live.Scope.REPLICAS, s -> "save "
          + Directives.save(s.persistence().replicaRdb()), ""),
      Rule.configSet("spec.persistence.replicas.aof.enabled", Live.Scope.REPLICAS, s -> "appendonly "
          + Directives.yesNo(s.persistence().replicaAof().enabled()), ""),
      Rule.configSet("spec.persistence.replicas.aof.fsync", Live.Scope.REPLICAS, s -> "appendfsync "
          + s.persistence().replicaAof().fsync().id(), ""),
      Rule.configSet("spec.persistence.replicas.aof.rewritePercentage", Live.Scope.REPLICAS,
          s -> "auto-aof-rewrite-percentage " + s.persistence().replicaAof().rewritePercentage(), ""),
      Rule.configSet("spec.persistence.replicas.aof.rewriteMinSize", Live.Scope.REPLICAS,
          s -> "auto-aof-rewrite-min-size " + s.persistence().replicaAof().rewriteMinSize().redis(), ""),
      Rule.of("spec.persistence.volume.type", REFUSED, "The data volume kind cannot change under a running"
          + " node. " + NEW_CLUSTER),
      Rule.of("spec.persistence.volume.storageClass", REFUSED, "A volume's storage class is fixed when it is"
          + " created. " + NEW_CLUSTER),
      Rule.of("spec.persistence.volume.path", ROLLING, "Nodes restart with their data in the new place (copy"
          + " the data there first)."),
      Rule.configSet("spec.persistence.stopWritesOnBgsaveError", s -> "stop-writes-on-bgsave-error "
          + Directives.yesNo(s.persistence().stopWritesOnBgsaveError())),
      Rule.configSet("spec.persistence.noAppendfsyncOnRewrite", s -> "no-appendfsync-on-rewrite "
          + Directives.yesNo(s.persistence().noAppendfsyncOnRewrite())),
      Rule.of("spec.dataClasses.*", FILES, "Data classes steer lint and derived defaults; the settings they change"
          + " are listed on their own."),
      new Rule("spec.auth.users.*", LIVE, s -> ACL_USERS, s -> Optional.of(Live.ACL_APPLY)),
      new Rule("spec.auth.defaultUser", LIVE, s -> ACL_USERS, s -> Optional.of(Live.ACL_APPLY)),
      new Rule("spec.auth.*", GUIDED, Classifier::authProcedure, s -> Optional.empty()),
      Rule.of("spec.tls.*", GUIDED, "TLS changes every connection and rhc has no dual-port migration yet: in a"
          + " maintenance window install the new files on every host, restart the sentinels, the data nodes"
          + " (replicas first) and the proxies, and switch the clients to TLS at the same time."),
      Rule.of("spec.monitoring.exporter.*", ROLLING, "The exporter runs beside each data node (a sidecar on"
          + " Kubernetes: the pods restart)."),
      Rule.of("spec.monitoring.alerts", FILES, "Only the alert rules change."),
      Rule.of("spec.monitoring.scrapeInterval", FILES, "Only the monitors and the scrape configuration change."),
      Rule.of("spec.monitoring.prometheusOperator.*", FILES, "Only the Prometheus Operator objects change."),
      Rule.of("spec.backup.*", FILES, "Only the backup job or timer changes."),
      Rule.of("spec.placement.*", ROLLING, "Pods restart to be scheduled by the new rules."),
      Rule.of("spec.networkPolicy.*", FILES, "Only the network policies change; check that every client still"
          + " connects right after applying them."),
      Rule.of("spec.kubernetes.clusterDomain", REFUSED, "Host names sentinels announce contain the cluster"
          + " domain. " + NEW_CLUSTER),
      Rule.of("spec.kubernetes.podManagementPolicy", GUIDED, "A StatefulSet's pod management policy cannot be"
          + " changed: kubectl delete statefulset --cascade=orphan, then apply; the pods keep running."),
      Rule.of("spec.kubernetes.updateStrategy", FILES, "Applying the StatefulSet changes how later updates restart"
          + " its pods; no pod restarts for it."),
      Rule.of("spec.kubernetes.terminationGracePeriod", ROLLING, "Pods restart with the new grace period."),
      Rule.of("spec.kubernetes.cpu.*", ROLLING, "Pods restart with the new CPU resources."),
      Rule.of("spec.kubernetes.serviceName", GUIDED, "Clients must move to the new Service name."),
      Rule.of("spec.compose.project", REFUSED, "The project name is in every container, network and volume name."
          + " " + NEW_CLUSTER),
      Rule.of("spec.compose.network", REFUSED, "Every container moves to another network and host names"
          + " change. " + NEW_CLUSTER),
      Rule.of("spec.compose.servicePrefix", REFUSED, "Service names are the host names sentinels announce. "
          + NEW_CLUSTER),
      Rule.of("spec.compose.restart", ROLLING, "docker-compose recreates each container with the new policy."),
      Rule.of("spec.compose.restartDelay", ROLLING, "docker-compose recreates each container."),
      Rule.of("spec.compose.publishSentinels", ROLLING, "Sentinel containers are recreated with the ports."),
      Rule.of("spec.systemd.restart", FILES, "systemctl daemon-reload applies the restart policy; nothing"
          + " restarts."),
      Rule.of("spec.systemd.restartDelay", FILES, "systemctl daemon-reload applies it; nothing restarts."),
      Rule.of("spec.systemd.configDir", ROLLING, "Every unit restarts reading the new directory (install there"
          + " first)."),
      Rule.of("spec.drill.*", FILES, "Drill objectives do not touch the cluster."),
      Rule.of("spec.lint.*", FILES, "Lint settings do not touch the cluster."));

  private Classifier() {}

  /**
   * The order that never locks a client, replica, sentinel or check out: everything that authenticates first
   * sends the two-argument {@code AUTH default <password>}, which a server without a password accepts (its
   * default user takes any password), and only then do the servers require it.
   */
  static String authProcedure(Spec after) {
    String master = after.sentinel().masterName();
    if (!after.auth().enabled()) {
      return "Turning authentication off: CONFIG SET requirepass \"\" on every data node (replicas, then the"
          + " master); then SENTINEL SET " + master + " auth-pass \"\" on every sentinel and CONFIG SET masterauth"
          + " \"\" on every node; install the new files and reload the proxies; clients may drop their"
          + " password last.";
    }
    List<String> parts = new ArrayList<>(List.of(
        "clients authenticate as user `default` with the new password (AUTH default <password>, or the client's"
            + " username setting), which servers without a password accept",
        "CONFIG SET masteruser default and CONFIG SET masterauth <password> on every data node",
        "SENTINEL SET " + master + " auth-user default and SENTINEL SET " + master + " auth-pass <password> on"
            + " every sentinel"));
    if (after.auth().sentinelPassword().isPresent()) {
      parts.add("SENTINEL CONFIG SET sentinel-user default and SENTINEL CONFIG SET sentinel-pass <sentinel"
          + " password> on every sentinel, so they authenticate to each other, then ACL SETUSER default on"
          + " ><sentinel password> on each sentinel");
    }
    parts.add("install the new files and restart the proxies one at a time, each routing again before the next:"
        + " their new checks send AUTH default <password>, which a server without a password accepts, and only a"
        + " restart gives them the password (a reload keeps the environment HAProxy started with); a proxy's"
        + " clients reconnect once");
    parts.add("CONFIG SET requirepass <password> on the replicas, then on the master"
        + (after.auth().protectedMode() ? ", and CONFIG SET protected-mode yes on every data node" : ""));
    StringBuilder out = new StringBuilder("In this order, each on every process before the next:");
    for (int i = 0; i < parts.size(); i++) {
      out.append(" (").append(i + 1).append(") ").append(parts.get(i)).append(';');
    }
    out.setLength(out.length() - 1);
    return out.append(". No client, replica, sentinel or check is refused at any step.").toString();
  }

  static ClassifiedChange classify(SettingChange change, Spec before, Spec after, ClusterCommands target) {
    String path = change.pattern();
    if (path.equals("spec.persistence.volume.size") && target != ClusterCommands.KUBERNETES) {
      return new ClassifiedChange(change, FILES, "Only Kubernetes sizes a volume claim; on " + target.id()
          + " the data directory takes what its disk has.");
    }
    Optional<ClassifiedChange> special = EngineChanges.classify(change, before, after)
        .or(() -> TopologyChanges.classify(change, before, after))
        .or(() -> ConfigChanges.classify(change, after));
    if (special.isPresent()) {
      return special.get();
    }
    for (Rule rule : RULES) {
      if (rule.matches(path)) {
        return rule.apply(change, after);
      }
    }
    return new ClassifiedChange(change, ROLLING, "rhc has no rule for this setting; a rolling restart is the"
        + " safe way to apply it.");
  }

  /** Whether a rule or a special case covers {@code pattern}; the coverage test asks it for every path. */
  static boolean covers(String pattern) {
    return EngineChanges.covers(pattern) || TopologyChanges.covers(pattern) || ConfigChanges.covers(pattern)
        || RULES.stream().anyMatch(r -> r.matches(pattern));
  }
}
