package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * R07 (seed): sentinels must monitor the initial master's own stable name. A Service or load-balanced
 * name lands on whichever pod answers, so sentinels record a moving target.
 */
public final class MonitorStableAddressRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3004", "monitor-stable-address", Category.TOPOLOGY, Severity.ERROR,
        "Sentinel monitors node 0 by its own stable name", "0.1.0");
  }

  private static final Pattern IP_LITERAL = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+|.*:.*:.*");

  @Override
  public void check(Spec spec, RuleContext ctx) {
    Optional<String> address = spec.sentinel().monitorAddress();
    if (address.isEmpty() || isNodeZero(spec, address.get())) {
      return;
    }
    String what = IP_LITERAL.matcher(address.get()).matches() ? "an IP literal" : "not node 0's stable name";
    ctx.report(SpecPaths.spec("sentinel.monitorAddress"),
        "Sentinel monitors `" + address.get() + "`, " + what,
        "Remove `monitorAddress` so sentinels monitor node 0's stable name; a Service or load-balanced address"
            + " can answer from any node, and sentinels then track the wrong instance.");
  }

  private static boolean isNodeZero(Spec spec, String address) {
    if (spec.systemd().isPresent()) {
      return spec.systemd().get().hosts().stream()
          .anyMatch(h -> h.node().orElse(-1) == 0 && h.name().equals(address));
    }
    String firstLabel = address.split("\\.", 2)[0];
    return firstLabel.endsWith("-0") && !IP_LITERAL.matcher(address).matches();
  }
}
