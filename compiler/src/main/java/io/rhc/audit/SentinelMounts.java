package io.rhc.audit;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.diag.Severity;
import io.rhc.path.SpecPath;
import io.rhc.source.Span;

/**
 * RHC3006 sentinel-config-writable, as containers show it. Sentinel rewrites its config file on every state change
 * and refuses to start when the file is not writable ("Sentinel config file ... is not writable"), which a
 * ConfigMap, Secret or {@code :ro} mount never is. A writable single-file bind mount starts, but since Redis 7.0
 * the rewrite renames a temporary file over it, which a file bind mount refuses (EBUSY), so the state is not saved.
 */
final class SentinelMounts {
  static final String RULE = "RHC3006";
  private static final String HINT = "Start Sentinel from a copy in a writable directory volume (an emptyDir or the"
      + " data volume) that an init container or the entrypoint writes from the read-only file at every start.";

  private SentinelMounts() {}

  static void check(String path, boolean readOnly, boolean singleFile, String what, Located at, Diagnostics problems) {
    if (readOnly) {
      problems.add(finding(Severity.ERROR, at, "Sentinel's config `" + path + "` is on the read-only " + what
          + ": Sentinel refuses to start, it must rewrite the file"));
    } else if (singleFile) {
      problems.add(finding(Severity.WARNING, at, "Sentinel's config `" + path + "` is a single-file mount"
          + " (" + what + "): Sentinel's rewrite renames a new file over it, which the mount refuses, so failovers"
          + " and peers are not saved"));
    }
  }

  private static Diagnostic finding(Severity severity, Located at, String summary) {
    return Diagnostic.of(severity, RULE, SpecPath.root().at("spec").at("sentinel"), summary, HINT)
        .withLocation(at.file(), Span.at(at.span().line(), at.span().column()));
  }
}
