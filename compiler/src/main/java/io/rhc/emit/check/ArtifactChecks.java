package io.rhc.emit.check;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.emit.Artifact;
import io.rhc.path.SpecPath;
import java.util.List;

/** Runs every artifact check over one target's files; the facade calls it before anything is written. */
public final class ArtifactChecks {
  private static final List<ArtifactCheck> ALL = List.of(
      new HostnameFlagsBeforeMonitorCheck(),
      new HaproxyWriteBackendCheck(),
      new NoInlineCommentsCheck(),
      new NoPlaceholderAddressesCheck(),
      new SentinelConfigMountCheck(),
      new ComposeNetworkCheck());

  private ArtifactChecks() {}

  public static List<ArtifactCheck> all() {
    return ALL;
  }

  /** Reports each finding as an error at the spec root, naming the target and the artifact's line. */
  public static void run(String targetId, List<Artifact> artifacts, Diagnostics diagnostics) {
    for (ArtifactCheck check : ALL) {
      for (ArtifactCheck.Finding f : check.check(artifacts)) {
        String where = "`" + f.artifact() + (f.line() > 0 ? ":" + f.line() : "") + "`";
        diagnostics.add(Diagnostic.of(Severity.ERROR, check.id(), SpecPath.root(),
            where + " (" + targetId + "): " + f.summary(),
            f.hint() + " This is a bug in the " + targetId + " target; please report it."));
      }
    }
  }
}
