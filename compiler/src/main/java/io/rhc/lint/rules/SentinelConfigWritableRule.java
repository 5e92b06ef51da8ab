package io.rhc.lint.rules;

import io.rhc.diag.Severity;
import io.rhc.lint.Category;
import io.rhc.lint.Rule;
import io.rhc.lint.RuleContext;
import io.rhc.lint.RuleMeta;
import io.rhc.lint.SpecPaths;
import io.rhc.model.Spec;
import io.rhc.model.VolumeType;
import java.util.List;

/**
 * R12 (seed): Sentinel rewrites its config on every state change. The generated layout always copies
 * the config into a writable directory; what the spec can still get wrong is where that directory is.
 */
public final class SentinelConfigWritableRule implements Rule {
  @Override
  public RuleMeta meta() {
    return new RuleMeta("RHC3006", "sentinel-config-writable", Category.TOPOLOGY, Severity.ERROR,
        "Sentinel config lives in a writable, lasting directory", "0.1.0");
  }

  /** Read-only under systemd `ProtectSystem=full` and on most immutable host images. */
  private static final List<String> READ_ONLY_ROOTS = List.of("/usr", "/boot", "/efi", "/proc", "/sys");

  @Override
  public void check(Spec spec, RuleContext ctx) {
    spec.systemd().ifPresent(s -> {
      if (READ_ONLY_ROOTS.stream().anyMatch(root -> s.configDir().equals(root) || s.configDir().startsWith(root + "/"))) {
        ctx.report(SpecPaths.spec("systemd.configDir"), "Sentinel config directory `" + s.configDir()
            + "` is read-only under `ProtectSystem`",
            "Use a directory under /etc or /var/lib; Sentinel refuses to start when it cannot rewrite its config.");
      }
    });
    if (spec.persistence().volume().type() == VolumeType.EPHEMERAL) {
      ctx.report(Severity.WARNING, SpecPaths.spec("persistence.volume.type"),
          "Sentinel state (epoch, known peers, current master) is on an ephemeral volume",
          "Use a persistent volume: a rescheduled sentinel forgets its identity and peers remember it as an"
              + " extra voter.");
    }
  }
}
