package io.rhc.target.systemd;

import io.rhc.diag.Diagnostics;
import io.rhc.emit.Artifact;
import io.rhc.emit.EmitContext;
import io.rhc.emit.Target;
import io.rhc.emit.TlsSources;
import io.rhc.emit.Unsupported;
import io.rhc.emit.runtime.Peers;
import io.rhc.emit.scrape.ScrapeConfig;
import io.rhc.emit.scrape.ScrapeJob;
import io.rhc.model.BackupDestination;
import io.rhc.model.Spec;
import io.rhc.path.SpecPath;
import io.rhc.units.Durations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Per-host bundles for plain machines: {@code <host>/…} mirrors the file system it installs into
 * (runtime config under the config directory, units, sysctl.d, tmpfiles.d) plus install.sh and
 * README.txt; with the exporter on, {@code prometheus.yml} beside them scrapes every host.
 */
public final class SystemdTarget implements Target {
  @Override
  public String id() {
    return "systemd";
  }

  @Override
  public String description() {
    return "Per-host bundles of hardened systemd units with install.sh, for VMs and containers";
  }

  @Override
  public List<Artifact> emit(Spec spec, EmitContext ctx) {
    Diagnostics diagnostics = ctx.diagnostics();
    if (spec.systemd().isEmpty() || spec.systemd().get().hosts().isEmpty()) {
      diagnostics.error(Codes.NO_HOSTS, SpecPath.parse("spec.systemd"),
          "The systemd target needs `spec.systemd.hosts`",
          "List the machines under `spec.systemd.hosts`, each with its `name`, `roles` and, for `redis`, its "
              + "`node` index.");
      return List.of();
    }
    int before = diagnostics.all().size();
    Optional<List<HostPlan>> plans = HostPlanner.plan(spec, diagnostics);
    Secrets secrets = Secrets.of(spec, diagnostics);
    checkRestart(spec, diagnostics);
    TlsSources.requireFiles(spec, "systemd", diagnostics);
    Optional<Cluster.Backup> backup = backup(spec, diagnostics);
    boolean failed = diagnostics.all().subList(before, diagnostics.all().size()).stream()
        .anyMatch(io.rhc.diag.Diagnostic::isError);
    if (plans.isEmpty() || failed) {
      return List.of();
    }
    Peers peers = HostPlanner.peers(plans.get());
    // the exporter is not generated here: the jobs name where RHC5310 tells the user to run it
    List<ScrapeJob> scrapeJobs = ScrapeConfig.jobs(spec, peers.nodeHosts(), peers.proxyHosts());
    Cluster cluster = new Cluster(spec, ClusterPaths.of(spec), peers, secrets, UnitTimings.of(spec), backup,
        scrapeJobs);
    List<Artifact> all = new ArrayList<>();
    for (HostPlan host : plans.get()) {
      all.addAll(HostBundle.artifacts(cluster, host));
    }
    ScrapeConfig.file(spec, scrapeJobs).ifPresent(all::add);
    all.sort(Comparator.comparing(Artifact::path));
    return List.copyOf(all);
  }

  @Override
  public List<Unsupported> unsupported(Spec spec) {
    List<Unsupported> lost = new ArrayList<>();
    if (spec.networkPolicy().enabled()) {
      lost.add(new Unsupported(Codes.UNSUPPORTED_FEATURE, SpecPath.parse("spec.networkPolicy.enabled"),
          "Network policies are Kubernetes objects; systemd hosts get none",
          "Restrict the Redis, sentinel and HAProxy ports with the hosts' firewall."));
    }
    if (spec.monitoring().exporter().enabled()) {
      lost.add(new Unsupported(Codes.UNSUPPORTED_FEATURE, SpecPath.parse("spec.monitoring.exporter.enabled"),
          "No redis_exporter unit is generated for systemd hosts",
          "Install redis_exporter from your distribution on each data node's host, listening on port "
              + spec.monitoring().exporter().port() + ": prometheus.yml scrapes it there."));
    }
    if (spec.backup().enabled() && spec.backup().pushgateway().isPresent()) {
      lost.add(new Unsupported(Codes.UNSUPPORTED_FEATURE, SpecPath.parse("spec.backup.pushgateway"),
          "Backups on systemd hosts do not push a success metric",
          "Alert on the backup unit's failures (`systemctl --failed`, node_exporter's systemd collector)."));
    }
    return lost;
  }

  private static void checkRestart(Spec spec, Diagnostics diagnostics) {
    var systemd = spec.systemd().orElseThrow();
    if (systemd.restart().equals("no") || !spec.persistence().masterNone() || systemd.restartDelay().isEmpty()) {
      return;
    }
    var safe = UnitTimings.safeRestartDelay(spec);
    if (systemd.restartDelay().get().compareTo(safe) < 0) {
      diagnostics.add(io.rhc.diag.Diagnostic.error(Codes.RESTART_WIPES_DATA, SpecPath.parse("spec.systemd.restartDelay"),
          "`restartDelay` " + Durations.format(systemd.restartDelay().get())
              + " lets a master without persistence restart empty before the failover",
          "Set `restartDelay` to at least " + Durations.format(safe) + " (down-after plus failover-timeout), "
              + "enable RDB or AOF, or set `restart: no`.")
          .withDetail("A restarted master with no data is still the master if the sentinels have not failed "
              + "over yet; its replicas resync from it and every key is lost."));
    }
  }

  private static Optional<Cluster.Backup> backup(Spec spec, Diagnostics diagnostics) {
    if (!spec.backup().enabled()) {
      return Optional.empty();
    }
    Optional<String> destination = spec.backup().destination()
        .filter(BackupDestination.HostPath.class::isInstance)
        .map(d -> ((BackupDestination.HostPath) d).path());
    if (destination.isEmpty()) {
      diagnostics.error(Codes.BACKUP_DESTINATION, SpecPath.parse("spec.backup.destination"),
          "Backups on systemd hosts need a `path` destination",
          "Set `destination: { path: /srv/backup/redis }`; mount an NFS export there with the host's fstab.");
    }
    OnCalendar.Result calendar = OnCalendar.fromCron(spec.backup().schedule());
    if (calendar.expression().isEmpty()) {
      diagnostics.error(Codes.BACKUP_SCHEDULE, SpecPath.parse("spec.backup.schedule"),
          "Schedule `" + spec.backup().schedule() + "` cannot be written as a systemd calendar: "
              + calendar.problem(),
          "Use plain numbers, lists, ranges and `*/n` steps, and restrict either the day of month or the weekday.");
    }
    if (destination.isEmpty() || calendar.expression().isEmpty()) {
      return Optional.empty();
    }
    String path = destination.get();
    path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return Optional.of(new Cluster.Backup(path, calendar.expression().get()));
  }
}
