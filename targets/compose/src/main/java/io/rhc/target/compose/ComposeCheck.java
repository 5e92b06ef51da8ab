package io.rhc.target.compose;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.path.SpecPath;

/**
 * Checks of the built project that {@code docker-compose config} does not make: a state mount that
 * is a bind mount, a single file or read-only only fails at run time (sentinel rewrites its config
 * with a temp file and a rename in the same directory). They need to know which mounts hold state,
 * so they run on the project model; the shared artifact checks ({@code io.rhc.emit.check}, among
 * them RHC6006 for services on undefined networks) run on the rendered compose.yaml.
 */
final class ComposeCheck {
  static final String STATE_MOUNT = "RHC6102";
  static final String UNDEFINED_VOLUME = "RHC6103";

  private static final SpecPath COMPOSE = SpecPath.parse("spec.compose");

  private ComposeCheck() {}

  static void check(ComposeProject project, Diagnostics diagnostics) {
    for (Service service : project.services()) {
      boolean runsServer = service.entrypoint().stream().anyMatch(a -> a.endsWith("/rhc-run.sh"));
      boolean stateVolume = service.mounts().stream().anyMatch(m -> m.target().equals(ComposeLayout.STATE_DIR)
          && m.kind() == Mount.Kind.VOLUME && !m.readOnly());
      if (runsServer && !stateVolume) {
        diagnostics.add(Diagnostic.error(STATE_MOUNT, COMPOSE,
            "Service `" + service.name() + "` has no writable volume at `" + ComposeLayout.STATE_DIR + "`",
            "Redis and Sentinel rewrite their files with a rename in the same directory, so state must"
                + " live on a writable named volume mounted as a directory."));
      }
      for (Mount mount : service.mounts()) {
        if (mount.state() && (mount.kind() != Mount.Kind.VOLUME || mount.readOnly())) {
          diagnostics.add(Diagnostic.error(STATE_MOUNT, COMPOSE,
              "Service `" + service.name() + "` keeps state at `" + mount.target()
                  + "` on a " + (mount.readOnly() ? "read-only " : "") + "bind mount",
              "Redis and Sentinel rewrite their files with a rename in the same directory, so state must"
                  + " live on a writable named volume mounted as a directory.").withDetail(mount.shortSyntax()));
        }
        if (mount.kind() == Mount.Kind.VOLUME && !project.volumes().containsKey(mount.source())) {
          diagnostics.add(Diagnostic.error(UNDEFINED_VOLUME, COMPOSE,
              "Service `" + service.name() + "` mounts the undefined volume `" + mount.source() + "`",
              "This is a bug in the compose target; please report it with the spec."));
        }
      }
    }
  }
}
