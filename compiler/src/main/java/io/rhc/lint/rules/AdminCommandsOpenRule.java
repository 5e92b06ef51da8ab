package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.ConfigDirective;
import io.rhc.model.Spec;
import java.util.Locale;
import java.util.Map;

/**
 * {@code engine.config} opening what Redis 7 closes by default: DEBUG, MODULE LOAD and the protected configs
 * ({@code dir}, {@code dbfilename}) to every client that can log in. {@code local} keeps them to loopback.
 */
public final class AdminCommandsOpenRule implements Rule {
  private static final Map<String, String> RISKS = Map.of(
      "enable-debug-command", "DEBUG SEGFAULT, DEBUG SLEEP and DEBUG RELOAD crash, stall or rewrite a node",
      "enable-module-command", "MODULE LOAD runs any shared library on the host as the server",
      "enable-protected-configs", "CONFIG SET dir and dbfilename write the dataset to any path (the classic"
          + " authorized_keys and cron takeover)");

  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC4008", "admin-commands-open", Category.NETWORKING, Severity.WARNING,
        "Engine settings keep DEBUG, MODULE and protected configs closed to remote clients", "0.1.0");
  }

  @Override
  public void check(Spec spec, RuleContext ctx) {
    for (ConfigDirective directive : spec.engine().config()) {
      String risk = RISKS.get(directive.name());
      if (risk != null && directive.values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals("yes"))) {
        ctx.report(SpecPaths.spec("engine.config." + directive.name()), "`" + directive.name() + " yes` opens it"
            + " to every client that reaches a node: " + risk, "Use `local` (loopback clients only, for an"
            + " operator on the host), or remove it to keep the default `no`.");
      }
    }
  }
}
