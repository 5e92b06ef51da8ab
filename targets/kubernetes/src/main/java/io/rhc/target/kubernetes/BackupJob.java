package io.rhc.target.kubernetes;

import io.rhc.diag.Diagnostic;
import io.rhc.diag.Diagnostics;
import io.rhc.model.BackupDestination;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * backup-cronjob.yaml: on schedule, {@code redis-cli --rdb} takes a snapshot from a healthy
 * replica (the master only when no replica is in sync) into the destination, old files are
 * deleted and, when a Pushgateway is set, a success timestamp is pushed.
 */
final class BackupJob {
  static final String FILE = "backup-cronjob.yaml";
  static final String SCRIPT = "rhc-backup.sh";
  static final String METRIC = "rhc_backup_last_success_timestamp_seconds";

  private BackupJob() {}

  record Nfs(String server, String path) {}

  record View(
      String cluster, String name, String schedule, String serviceAccount, Pods.Selector selector, int uid,
      String image, String configMap, String configDir, String backupDir, Pods.EnvList env,
      Optional<Nfs> nfs, Optional<String> claim) {}

  /** The CronJob, or empty with an error when the destination cannot be mounted in a pod. */
  static Optional<String> render(Spec spec, Names names, Secrets secrets, Diagnostics diagnostics) {
    Optional<BackupDestination> destination = spec.backup().destination();
    Optional<Nfs> nfs = destination.filter(BackupDestination.Nfs.class::isInstance)
        .map(BackupDestination.Nfs.class::cast).map(n -> new Nfs(Yaml.str(n.server()), Yaml.str(n.path())));
    Optional<String> claim = destination.filter(BackupDestination.VolumeClaim.class::isInstance)
        .map(BackupDestination.VolumeClaim.class::cast).map(v -> Yaml.str(v.name()));
    if (nfs.isEmpty() && claim.isEmpty()) {
      diagnostics.add(Diagnostic.error(Codes.BACKUP_DESTINATION, SpecPath.parse("spec.backup.destination"),
              destination.isEmpty() ? "Backups are enabled but have no destination"
                  : "A host `path` backup destination cannot be used on the kubernetes target",
              "Set `backup.destination.nfs` or `backup.destination.volumeClaim`.")
          .withDetail("The backup pod may run on any node, so a host directory would scatter the snapshots."));
      return Optional.empty();
    }
    List<Pods.Env> env = new ArrayList<>(secrets.env());
    env.add(Pods.Env.literal("RHC_BACKUP_DIR", Names.BACKUP_DIR));
    env.add(Pods.Env.literal("RHC_BACKUP_RETENTION_MINUTES", Long.toString(spec.backup().retention().toMinutes())));
    env.add(Pods.Env.literal("RHC_PUSHGATEWAY_URL", spec.backup().pushgateway().orElse("")));
    View view = new View(
        names.cluster(),
        Yaml.str(names.backup()),
        Yaml.str(spec.backup().schedule()),
        Yaml.str(names.serviceAccount()),
        Pods.Selector.of(names, Pods.COMPONENT_BACKUP),
        Pods.REDIS_UID,
        Yaml.str(spec.engine().image()),
        Yaml.str(names.configMap()),
        Names.CONFIG_DIR,
        Names.BACKUP_DIR,
        new Pods.EnvList(env),
        nfs,
        claim);
    return Optional.of(Render.template("backup-cronjob.yaml.mustache", view));
  }

  /** The port of the Pushgateway URL, or the scheme's default. */
  static int pushgatewayPort(String url) {
    URI uri = URI.create(url);
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme()) ? 443 : 80;
  }
}
