package io.rhc.target.kubernetes;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.model.Sentinel;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pdb.yaml: voluntary disruptions (drains, upgrades) take at most one data node or sentinel at a
 * time, and only while the others still hold a sentinel majority; HAProxy keeps minAvailable.
 */
final class DisruptionBudgets {
  static final String FILE = "pdb.yaml";

  private DisruptionBudgets() {}

  record View(String cluster, String name, Pods.Selector selector, String why, Optional<Integer> minAvailable,
      Optional<Integer> maxUnavailable) {}

  /** The file, or empty when no budget can be kept; each missing budget is explained by a warning. */
  static Optional<String> render(Spec spec, Names names, Diagnostics diagnostics) {
    List<String> docs = new ArrayList<>();
    Sentinel sentinel = spec.sentinel();
    boolean sentinelsSpare = sentinel.count() - sentinel.need() >= 1;
    String sentinelWhy = "one of " + sentinel.count() + " sentinels may go; " + sentinel.need()
        + " must stay to agree on a failover";
    if (names.dedicatedSentinels()) {
      if (spec.nodes().count() >= 2) {
        docs.add(maxOne(names, names.dataSet(), Pods.COMPONENT_REDIS,
            "one of " + spec.nodes().count() + " data nodes may go; sentinel promotes a replica if it was the master"));
      } else {
        warn(diagnostics, "spec.nodes.count", "No disruption budget for the single data node",
            "A budget of zero disruptions would block every node drain; add a replica to keep writes up during one.");
      }
      if (sentinelsSpare) {
        docs.add(maxOne(names, names.sentinelSet(), Pods.COMPONENT_SENTINEL, sentinelWhy));
      } else {
        warnSentinels(diagnostics, sentinel);
      }
    } else if (sentinelsSpare && spec.nodes().count() >= 2) {
      docs.add(maxOne(names, names.dataSet(), Pods.COMPONENT_REDIS, sentinelWhy));
    } else {
      warnSentinels(diagnostics, sentinel);
    }
    if (spec.proxy().enabled() && spec.proxy().minAvailable() >= 1) {
      docs.add(Render.template("pdb.yaml.mustache", new View(names.cluster(), Yaml.str(names.haproxy()),
          Pods.Selector.of(names, Pods.COMPONENT_HAPROXY),
          spec.proxy().minAvailable() + " of " + spec.proxy().replicas() + " HAProxy instances stay up",
          Optional.of(spec.proxy().minAvailable()), Optional.empty())));
    }
    return docs.isEmpty() ? Optional.empty() : Optional.of(Render.documents(docs));
  }

  private static String maxOne(Names names, String name, String component, String why) {
    return Render.template("pdb.yaml.mustache", new View(names.cluster(), Yaml.str(name),
        Pods.Selector.of(names, component), why, Optional.empty(), Optional.of(1)));
  }

  private static void warnSentinels(Diagnostics diagnostics, Sentinel sentinel) {
    warn(diagnostics, "spec.sentinel.count",
        "No disruption budget for the sentinels: " + sentinel.count() + " sentinels leave none to spare above the "
            + sentinel.need() + " a failover needs",
        "Run at least " + (sentinel.need() + 1) + " sentinels (or lower `quorum`) so one can be drained safely.");
  }

  private static void warn(Diagnostics diagnostics, String path, String summary, String hint) {
    diagnostics.add(Diagnostic.of(Severity.WARNING, Codes.NO_DISRUPTION_BUDGET, SpecPath.parse(path), summary, hint)
        .withDetail("Without a PodDisruptionBudget a node drain may stop these pods together with others."));
  }
}
