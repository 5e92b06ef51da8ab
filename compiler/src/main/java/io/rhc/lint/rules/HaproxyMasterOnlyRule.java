package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.lint.facts.Deployment;

/**
 * R38 (seed): the generated HAProxy always checks `role:master`; without it a Kubernetes Service over
 * all data pods lands writes on replicas (READONLY).
 */
public final class HaproxyMasterOnlyRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4001", "haproxy-master-only", Category.NETWORKING, Severity.WARNING,
        "Clients have an endpoint that routes only to the master", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    if (!spec.proxy().enabled() && spec.nodes().count() >= 2 && Deployment.inContainers(spec)) {
      ctx.report(SpecPaths.spec("proxy.enabled"), "No proxy: clients have no endpoint that reaches only the master",
          "Enable the proxy (its check expects `role:master`), or make every client Sentinel-aware; a Service"
              + " over all data pods sends writes to replicas.");
    }
  }
}
