package io.rhc.rollout;

import static io.rhc.rollout.ChangeKind.GUIDED;
import static io.rhc.rollout.ChangeKind.LIVE;
import static io.rhc.rollout.ChangeKind.PROXY_RELOAD;
import static io.rhc.rollout.ChangeKind.ROLLING;

import io.rhc.explain.SpecLeaves;
import io.rhc.model.SentinelPlacement;
import io.rhc.model.Spec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans applying a new spec to a cluster running the old one: every changed resolved value classified, then
 * the steps in the only order that keeps writes flowing — checks first, files installed without restarts,
 * live settings (sentinels, then data nodes), proxy reloads, topology, restarts (sentinels, replicas one at
 * a time, one graceful hand-over, the old master), and a final check that the cluster runs the new values.
 */
public final class RolloutPlanner {
  private static final String HEALTHY = "every sentinel names the same master; every replica reports"
      + " master_link_status:up and master_sync_in_progress:0 (deadline 120 s)";

  public RolloutPlan plan(Spec before, Spec after, ClusterCommands target) {
    List<ClassifiedChange> changes = new ArrayList<>();
    for (SettingChange change : diff(before, after)) {
      changes.add(Classifier.classify(change, before, after, target));
    }
    if (changes.isEmpty() || changes.stream().anyMatch(c -> c.kind() == ChangeKind.REFUSED)) {
      return new RolloutPlan(changes, List.of());
    }
    Steps steps = new Steps(before, after, target);
    steps.preflight();
    steps.install(changes);
    // a quorum follows the sentinel count: raised once the new sentinels vote, lowered before any leaves
    if (after.sentinel().count() > before.sentinel().count()) {
      steps.topology(before, after);
      steps.live(changes);
    } else {
      steps.live(changes);
      steps.topology(before, after);
    }
    if (has(changes, PROXY_RELOAD) || proxiesListTheProcesses(before, after)) {
      steps.reloadProxies();
    }
    if (has(changes, ROLLING)) {
      steps.rolling(changes);
    }
    steps.guided(changes);
    steps.verify(changes);
    return new RolloutPlan(changes, steps.all());
  }

  /**
   * HAProxy's config names every data node (a backend each) and every sentinel (the agreement servers and the
   * majority they need): a running proxy neither routes to an added node nor counts an added sentinel until it
   * reloads.
   */
  private static boolean proxiesListTheProcesses(Spec before, Spec after) {
    return after.proxy().enabled() && (before.nodes().count() != after.nodes().count()
        || before.sentinel().count() != after.sentinel().count());
  }

  /** Every resolved value that differs, in the spec's order; list items compared position by position. */
  static List<SettingChange> diff(Spec before, Spec after) {
    Map<String, String> old = SpecLeaves.of(before);
    Map<String, String> now = SpecLeaves.of(after);
    Set<String> paths = new LinkedHashSet<>(old.keySet());
    paths.addAll(now.keySet());
    List<SettingChange> changes = new ArrayList<>();
    for (String path : paths) {
      Optional<String> a = Optional.ofNullable(old.get(path));
      Optional<String> b = Optional.ofNullable(now.get(path));
      if (!a.equals(b)) {
        changes.add(new SettingChange(path, a, b));
      }
    }
    return changes;
  }

  private static boolean has(List<ClassifiedChange> changes, ChangeKind kind) {
    return changes.stream().anyMatch(c -> c.kind() == kind);
  }

  /** The steps as they are appended, in plan order. */
  private static final class Steps {
    private final Spec before;
    private final Spec after;
    private final ClusterCommands target;
    private final List<Step> all = new ArrayList<>();

    Steps(Spec before, Spec after, ClusterCommands target) {
      this.before = before;
      this.after = after;
      this.target = target;
    }

    List<Step> all() {
      return all;
    }

    void preflight() {
      List<String> commands = new ArrayList<>();
      for (int i = 0; i < before.sentinel().count(); i++) {
        commands.add(target.sentinelCli(before, i, "SENTINEL get-master-addr-by-name " + before.sentinel().masterName()));
      }
      for (int i = 0; i < before.nodes().count(); i++) {
        commands.add(target.nodeCli(before, i, "INFO replication"));
      }
      all.add(new Step("Check that the running cluster is healthy and runs the old spec", commands, HEALTHY,
          Step.NONE).withScript("rhc_until 120 'a healthy cluster' rhc_healthy \"$RHC_OLD_NODES\" \"$RHC_OLD_SENTINELS\""));
    }

    void install(List<ClassifiedChange> changes) {
      String check = target != ClusterCommands.KUBERNETES ? "installed on every host; no process restarted"
          : before.kubernetes().updateStrategy().equals("OnDelete") ? "applied; no pod restarted (updateStrategy"
              + " OnDelete: pods restart when the plan deletes them)"
          : "applied; with updateStrategy RollingUpdate Kubernetes restarts every pod whose template changed, in"
              + " reverse ordinal order, each master stop handing over through the preStop hook; roll out"
              + " spec.kubernetes.updateStrategy: OnDelete on its own first to restart in this plan's order (the"
              + " script refuses to run otherwise)";
      all.add(new Step("Install the files `rhc compile NEW.yaml` writes (OUT), so that any restart keeps the new"
          + " settings", List.of(target.install(after)), check, Step.NONE).withScript("install_files"));
    }

    void live(List<ClassifiedChange> changes) {
      Set<String> sentinelOptions = new LinkedHashSet<>();
      List<String> sentinelCommands = new ArrayList<>();
      List<Live> data = new ArrayList<>();
      Set<String> nodeScripts = new LinkedHashSet<>();
      for (ClassifiedChange c : changes) {
        if (c.live().isEmpty()) {
          continue;
        }
        Live live = c.live().get();
        String setPrefix = "SENTINEL SET " + after.sentinel().masterName() + " ";
        if (live.scope() == Live.Scope.SENTINELS && live.command().startsWith(setPrefix)) {
          sentinelOptions.add(live.command().substring(setPrefix.length()));
        } else if (live.scope() == Live.Scope.SENTINELS) {
          sentinelCommands.add(live.command());
        } else if (live.scope() == Live.Scope.NODE_SCRIPT) {
          nodeScripts.add(live.command());
        } else if (!data.contains(live)) {
          data.add(live);
        }
      }
      if (!sentinelOptions.isEmpty() || !sentinelCommands.isEmpty()) {
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < after.sentinel().count(); i++) {
          if (!sentinelOptions.isEmpty()) {
            commands.add(target.sentinelCli(after, i, "SENTINEL SET " + after.sentinel().masterName() + " "
                + String.join(" ", sentinelOptions)));
          }
          for (String command : sentinelCommands) {
            commands.add(target.sentinelCli(after, i, command));
          }
        }
        List<String> script = new ArrayList<>();
        script.add("for s in $RHC_NEW_SENTINELS; do");
        if (!sentinelOptions.isEmpty()) {
          script.add("  rhc_ok sentinel_cli \"$s\" SENTINEL SET \"$RHC_MASTER_NAME\" " + String.join(" ", sentinelOptions));
        }
        sentinelCommands.forEach(c -> script.add("  rhc_ok sentinel_cli \"$s\" " + c));
        script.add("done");
        all.add(new Step("Set the sentinel options on every sentinel", commands, "SENTINEL MASTER "
            + after.sentinel().masterName() + " shows the new values on every sentinel", Step.NONE)
            .withScript(script));
      }
      for (String sub : nodeScripts) {
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < after.nodes().count(); i++) {
          commands.add(target.nodeScript(after, i, sub));
        }
        all.add(new Step("Apply the new ACL users on every data node (rhc-init.sh " + sub + ")", commands,
            "ACL LIST on every node shows each user of the new spec with its passwords' hashes, and no other",
            Step.NONE).withScript("for i in $RHC_NEW_NODES; do", "  node_script \"$i\" " + sub
                + " || rhc_die \"rhc-init.sh " + sub + " failed on node $i\"", "done"));
      }
      List<String> commands = new ArrayList<>();
      for (int i = 0; i < after.nodes().count(); i++) {
        for (Live live : data) {
          commands.add(target.nodeCli(after, i, live.command()) + switch (live.scope()) {
            case MASTER -> "  # only while it is the master";
            case REPLICAS -> "  # only while it is a replica";
            default -> "";
          });
        }
        for (ClassifiedChange c : changes) {
          if (c.change().path().equals("spec.nodes.list[" + i + "].replicaPriority") && c.change().before().isPresent()) {
            commands.add(target.nodeCli(after, i, "CONFIG SET replica-priority " + c.change().after().orElseThrow()));
          }
        }
      }
      if (!commands.isEmpty()) {
        List<String> script = new ArrayList<>();
        if (changes.stream().anyMatch(c -> c.change().path().equals("spec.memory.maxmemory"))) {
          script.add("rhc_used_memory_below " + after.memory().maxmemory().bytes());
        }
        script.add("rhc_order=$(rhc_replicas_then_master) || rhc_die 'the sentinels do not agree on a master'");
        script.add("for i in $rhc_order; do");
        for (Live live : data) {
          String line = "rhc_ok node_cli \"$i\" " + live.command();
          script.add(switch (live.scope()) {
            case MASTER -> "  if rhc_is_master \"$i\"; then " + line + "; fi";
            case REPLICAS -> "  if ! rhc_is_master \"$i\"; then " + line + "; fi";
            default -> "  " + line;
          });
        }
        for (ClassifiedChange c : changes) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("spec\\.nodes\\.list\\[(\\d+)]\\.replicaPriority")
              .matcher(c.change().path());
          if (m.matches() && c.change().before().isPresent()) {
            script.add("  if [ \"$i\" = " + m.group(1) + " ]; then rhc_ok node_cli \"$i\" CONFIG SET replica-priority "
                + c.change().after().orElseThrow() + "; fi");
          }
        }
        script.add("done");
        all.add(new Step("Set the data-node settings with CONFIG SET, replicas before the master", commands,
            "CONFIG GET shows the new values on every node, and the master still accepts writes", Step.NONE)
            .withScript(script));
      }
    }

    void reloadProxies() {
      all.add(new Step("Reload the proxies one at a time", target.reloadProxies(after), "each proxy routes"
          + " writes to the master again (its stats page shows the master's server UP) before the next",
          Step.NONE).withScript("reload_proxies", "rhc_until 60 'a healthy cluster' rhc_healthy \"$RHC_NEW_NODES\""
              + " \"$RHC_NEW_SENTINELS\""));
    }

    void topology(Spec before, Spec after) {
      int nodesFrom = before.nodes().count();
      int nodesTo = after.nodes().count();
      for (int i = nodesFrom; i < nodesTo; i++) {
        all.add(new Step("Start new data node " + target.node(after, i) + "; it joins as a replica",
            List.of(target.startNode(after, i)), "it reports master_link_status:up and every sentinel lists it"
            + " among the master's replicas (SENTINEL REPLICAS " + after.sentinel().masterName() + ")"
            + (after.sentinel().placement() == SentinelPlacement.COLOCATED ? ", and its own sentinel among the"
            + " peers (SENTINEL SENTINELS " + after.sentinel().masterName() + ")" : ""),
            Step.NONE).withScript("start_node " + i, "rhc_until 300 'node " + i + " replicating' rhc_replica_ready " + i,
                "rhc_until 60 'every sentinel listing " + (i + 1) + " nodes' rhc_sentinels_see \"$RHC_OLD_SENTINELS\" "
                + i + " any"));
      }
      if (nodesTo < nodesFrom) {
        List<String> removed = new ArrayList<>();
        for (int i = nodesTo; i < nodesFrom; i++) {
          removed.add(target.node(before, i));
        }
        all.add(new Step("If the master is one of " + String.join(", ", removed) + ", hand it over first:"
            + " SENTINEL FAILOVER " + before.sentinel().masterName() + " to a node that stays",
            List.of(target.sentinelCli(before, 0, "SENTINEL FAILOVER " + before.sentinel().masterName())),
            "a sentinel majority names a node that stays", Step.HAND_OVER).withScript(
                "if [ \"$(rhc_master_index)\" -ge " + nodesTo + " ]; then",
                "  rhc_ok sentinel_cli 0 SENTINEL FAILOVER \"$RHC_MASTER_NAME\"",
                "  rhc_until 60 'a master that stays' rhc_master_below " + nodesTo,
                "fi"));
        List<String> stops = new ArrayList<>();
        for (int i = nodesFrom - 1; i >= nodesTo; i--) {
          String stop = target.stopNode(before, i, nodesTo);
          if (!stops.contains(stop)) {
            stops.add(stop);
          }
        }
        List<String> stopScript = new ArrayList<>();
        for (int i = nodesFrom - 1; i >= nodesTo; i--) {
          stopScript.add("stop_node " + i);
        }
        all.add(new Step("Stop the removed nodes", stops, "they no longer answer", Step.NONE).withScript(stopScript));
        all.add(forgetStep("the removed nodes", nodesTo - 1, sentinelsAfterNodes(before, after)));
      }
      int sentinelsFrom = before.sentinel().count();
      int sentinelsTo = after.sentinel().count();
      if (after.sentinel().placement() == SentinelPlacement.COLOCATED
          && before.sentinel().placement() == SentinelPlacement.COLOCATED) {
        return; // each sentinel came or went with its data node
      }
      for (int i = sentinelsFrom; i + 1 < sentinelsTo; i += 2) {
        all.add(new Step("Start sentinels " + target.sentinel(after, i) + " and " + target.sentinel(after, i + 1)
            + " together, so the count is odd again at once",
            List.of(target.startSentinel(after, i), target.startSentinel(after, i + 1)),
            "every sentinel reports num-other-sentinels " + (i + 1) + " (SENTINEL MASTER "
                + after.sentinel().masterName() + ")", Step.NONE).withScript("start_sentinel " + i,
                "start_sentinel " + (i + 1), "rhc_until 60 'every sentinel counting " + (i + 1) + " peers'"
                + " rhc_sentinels_see \"" + indexes(i + 2) + "\" any " + (i + 1)));
      }
      if (sentinelsTo < sentinelsFrom) {
        List<String> stops = new ArrayList<>();
        for (int i = sentinelsFrom - 1; i >= sentinelsTo; i--) {
          String stop = target.stopSentinel(before, i, sentinelsTo);
          if (!stops.contains(stop)) {
            stops.add(stop);
          }
        }
        List<String> stopScript = new ArrayList<>();
        for (int i = sentinelsFrom - 1; i >= sentinelsTo; i--) {
          stopScript.add("stop_sentinel " + i);
        }
        all.add(new Step("Stop the removed sentinels together", stops, "they no longer answer", Step.NONE)
            .withScript(stopScript));
        all.add(forgetStep("the removed sentinels", after.nodes().count() - 1, sentinelsTo));
      }
    }

    private static int sentinelsAfterNodes(Spec before, Spec after) {
      return after.sentinel().placement() == SentinelPlacement.COLOCATED ? after.sentinel().count()
          : before.sentinel().count();
    }

    private static String indexes(int count) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < count; i++) {
        out.append(i == 0 ? "" : " ").append(i);
      }
      return out.toString();
    }

    private Step forgetStep(String what, int replicas, int sentinels) {
      List<String> resets = new ArrayList<>();
      for (int i = 0; i < after.sentinel().count(); i++) {
        resets.add(target.sentinelCli(after, i, "SENTINEL RESET " + after.sentinel().masterName()));
      }
      return new Step("SENTINEL RESET on each remaining sentinel in turn, so none keeps " + what, resets,
          "after each reset, that sentinel lists every remaining replica and sentinel again (num-slaves,"
              + " num-other-sentinels) before the next is reset", Step.NONE).withScript(
              "for s in " + indexes(sentinels) + "; do",
              "  sentinel_cli \"$s\" SENTINEL RESET \"$RHC_MASTER_NAME\" >/dev/null",
              "  rhc_until 60 \"sentinel $s relearning the cluster\" rhc_sentinels_see \"$s\" " + replicas + " "
                  + (sentinels - 1),
              "done");
    }

    void rolling(List<ClassifiedChange> changes) {
      boolean sentinels = changes.stream().anyMatch(c -> c.kind() == ROLLING
          && c.change().pattern().startsWith("spec.sentinel."));
      boolean proxies = changes.stream().anyMatch(c -> c.kind() == ROLLING
          && c.change().pattern().startsWith("spec.proxy."));
      boolean nodes = changes.stream().anyMatch(c -> c.kind() == ROLLING
          && !c.change().pattern().startsWith("spec.sentinel.") && !c.change().pattern().startsWith("spec.proxy."));
      if (sentinels) {
        for (int i = 0; i < after.sentinel().count(); i++) {
          all.add(new Step("Restart sentinel " + target.sentinel(after, i), List.of(target.restartSentinel(after, i)),
              "it names the master and lists every peer again (num-other-sentinels " + (after.sentinel().count() - 1)
                  + ")", Step.NONE).withScript("restart_sentinel " + i, "rhc_until 60 'sentinel " + i + " back with"
                  + " every peer' rhc_sentinels_see " + i + " any " + (after.sentinel().count() - 1)));
        }
      }
      if (nodes) {
        all.add(new Step("Restart each replica, one at a time: every data node the sentinels do not name as master",
            nodeRestarts(), "after each: master_link_status:up and master_sync_in_progress:0 on it (deadline 300 s"
            + " for a full sync) before the next", Step.NONE).withScript(
                "for i in $RHC_NEW_NODES; do",
                "  rhc_is_master \"$i\" && continue",
                "  rhc_substep \"replica-$i\" || continue",
                "  restart_node \"$i\"",
                "  rhc_until 300 \"node $i back as a replica\" rhc_replica_ready \"$i\"",
                "  rhc_substep_done \"replica-$i\"",
                "done"));
        List<String> master = new ArrayList<>();
        for (int i = 0; i < after.nodes().count(); i++) {
          master.add(target.restartNode(after, i) + "  # only the node a sentinel majority names as master");
        }
        all.add(new Step("Restart the master last: its stop hook hands it over gracefully (CLIENT PAUSE WRITE,"
            + " SENTINEL FAILOVER to a restarted replica, wait until the proxies route to it)", master,
            "a sentinel majority names another node, the proxies route to it, and the old master is back as its"
                + " replica with master_link_status:up", Step.HAND_OVER).withScript(
                "# the master this step hands over, recorded so a rerun never hands over its successor too",
                "old=$(sed -n 's/^handover //p' \"$RHC_STATE\" | tail -n 1)",
                "if [ -z \"$old\" ]; then",
                "  old=$(rhc_master_index) || rhc_die 'the sentinels do not agree on a master'",
                "  printf 'handover %s\\n' \"$old\" >> \"$RHC_STATE\"",
                "fi",
                "if [ \"$(rhc_master_index)\" = \"$old\" ]; then restart_node \"$old\"; fi",
                "rhc_until 120 'a new master' rhc_master_moved \"$old\"",
                "rhc_until 300 \"node $old back as a replica\" rhc_replica_ready \"$old\""));
      }
      if (proxies) {
        all.add(new Step("Restart the proxies one at a time", target.reloadProxies(after), "each routes writes to the"
            + " master before the next", Step.NONE).withScript("reload_proxies",
            "rhc_until 60 'a healthy cluster' rhc_healthy \"$RHC_NEW_NODES\" \"$RHC_NEW_SENTINELS\""));
      }
    }

    private List<String> nodeRestarts() {
      List<String> commands = new ArrayList<>();
      for (int i = 0; i < after.nodes().count(); i++) {
        commands.add(target.restartNode(after, i) + "  # skip while it is the master");
      }
      return commands;
    }

    /** One operator step per procedure, naming every change it covers. */
    void guided(List<ClassifiedChange> changes) {
      Map<String, List<String>> byProcedure = new java.util.LinkedHashMap<>();
      for (ClassifiedChange c : changes) {
        if (c.kind() == GUIDED) {
          byProcedure.computeIfAbsent(c.why(), k -> new ArrayList<>())
              .add(c.change().path() + ": " + c.change().describe());
        }
      }
      byProcedure.forEach((why, paths) -> all.add(new Step("By hand (" + String.join("; ", paths) + "): " + why,
          List.of(), "the operator confirms it is done", why.equals(Classifier.authProcedure(after)) && after.auth()
              .enabled() && after.proxy().enabled() ? Step.PROXY_RESTARTS : Step.NONE).withScript("rhc_by_hand")));
    }

    void verify(List<ClassifiedChange> changes) {
      List<String> commands = new ArrayList<>();
      commands.add(target.sentinelCli(after, 0, "SENTINEL MASTER " + after.sentinel().masterName()));
      if (has(changes, LIVE)) {
        commands.add(target.nodeCli(after, 0, "CONFIG GET '*'"));
      }
      all.add(new Step("Check that the cluster runs the new spec", commands, HEALTHY + "; CONFIG GET and SENTINEL"
          + " MASTER show the new values", Step.NONE).withScript(
              "rhc_until 120 'a healthy cluster' rhc_healthy \"$RHC_NEW_NODES\" \"$RHC_NEW_SENTINELS\""));
    }
  }
}
